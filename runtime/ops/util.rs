//! Engine facts `util.inspect` needs and JavaScript cannot see without side
//! effects: a promise's state and value, whether an object is a Proxy, an
//! Error (has Error data), a module namespace, or compiled JavaScript (for classes). Used by
//! `stdlib-js/internal/inspect/` (types.js, objects.js, collections.js, format.js).

use super::{native, READONLY};
use boa_engine::builtins::function::OrdinaryFunction;
use boa_engine::builtins::promise::PromiseState;
use boa_engine::builtins::proxy::Proxy;
use boa_engine::module::ModuleNamespace;
use boa_engine::object::builtins::{JsArray, JsPromise};
use boa_engine::object::ObjectInitializer;
use boa_engine::property::PropertyKey;
use boa_engine::{js_string, Context, JsObject, JsResult, JsValue};

pub fn binding(context: &mut Context) -> JsResult<JsObject> {
    let fns = [
        native(context, get_promise_details, "getPromiseDetails", 1),
        native(context, is_proxy, "isProxy", 1),
        native(context, is_module_namespace, "isModuleNamespace", 1),
        native(context, is_error, "isError", 1),
        native(context, is_compiled_function, "isCompiledFunction", 1),
        native(context, named_keys, "namedKeys", 1),
        native(
            context,
            super::inspect_plain::inspect_plain,
            "inspectPlain",
            6,
        ),
    ];
    let mut init = ObjectInitializer::new(context);
    for f in fns {
        let name = f.get(js_string!("name"), init.context())?;
        let name = name.as_string().unwrap_or_default();
        init.property(name, f, READONLY);
    }
    Ok(init.build())
}

/// `[0]` pending, `[1, value]` fulfilled, `[2, reason]` rejected;
/// `undefined` for anything that is not a promise.
fn get_promise_details(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let Some(obj) = args.first().and_then(JsValue::as_object) else {
        return Ok(JsValue::undefined());
    };
    let Ok(promise) = JsPromise::from_object(obj) else {
        return Ok(JsValue::undefined());
    };
    let items: Vec<JsValue> = match promise.state() {
        PromiseState::Pending => vec![0.into()],
        PromiseState::Fulfilled(v) => vec![1.into(), v],
        PromiseState::Rejected(v) => vec![2.into(), v],
    };
    Ok(JsArray::from_iter(items, context).into())
}

fn is_proxy(_: &JsValue, args: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let obj = args.first().and_then(JsValue::as_object);
    Ok(obj.is_some_and(|o| o.is::<Proxy>()).into())
}

fn is_module_namespace(_: &JsValue, args: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let obj = args.first().and_then(JsValue::as_object);
    Ok(obj.is_some_and(|o| o.is::<ModuleNamespace>()).into())
}

fn is_error(_: &JsValue, args: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    Ok(crate::report::is_error(args.first().unwrap_or(&JsValue::undefined())).into())
}

/// Whether a function is compiled JavaScript (not a builtin or bound one).
/// With a read-only own `prototype` that means a class: Boa's
/// `Function.prototype.toString` shows no class source to test instead.
fn is_compiled_function(_: &JsValue, args: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let obj = args.first().and_then(JsValue::as_object);
    Ok(obj.is_some_and(|o| o.is::<OrdinaryFunction>()).into())
}

/// `namedKeys(object)`: the object's own keys held by name (strings, then
/// symbols, each in insertion order), without the indices a typed array
/// makes up: `Reflect.ownKeys` on a typed array of 8 MiB makes 8 million
/// strings first.
fn named_keys(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let Some(object) = args.first().and_then(JsValue::as_object) else {
        return Ok(JsValue::undefined());
    };
    let keys = object.borrow().shape().keys();
    let (strings, symbols): (Vec<_>, Vec<_>) = keys
        .into_iter()
        .partition(|key| !matches!(key, PropertyKey::Symbol(_)));
    let values = strings.into_iter().chain(symbols).map(JsValue::from);
    Ok(JsArray::from_iter(values, context).into())
}
