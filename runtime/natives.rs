//! Helpers every layer above the host builds JavaScript functions and
//! objects with: natives from function pointers, builtin-style methods,
//! binding objects, lazily made properties, argument access.

use boa_engine::object::builtins::JsFunction;
use boa_engine::object::{FunctionObjectBuilder, ObjectInitializer};
use boa_engine::property::{Attribute, PropertyDescriptor};
use boa_engine::{
    js_string, Context, JsNativeError, JsObject, JsResult, JsString, JsValue, NativeFunction,
};

/// The shape of every native function.
pub type NativeFn = fn(&JsValue, &[JsValue], &mut Context) -> JsResult<JsValue>;

/// A named JavaScript function for a Rust function pointer.
pub fn native(
    context: &mut Context,
    f: fn(&JsValue, &[JsValue], &mut Context) -> JsResult<JsValue>,
    name: &str,
    length: usize,
) -> JsFunction {
    FunctionObjectBuilder::new(context.realm(), NativeFunction::from_fn_ptr(f))
        .name(js_string!(name))
        .length(length)
        .constructor(false)
        .build()
}

/// A native that stands in for a builtin method: it gets the original.
pub type Wrapper = fn(&JsValue, &[JsValue], &JsObject, &mut Context) -> JsResult<JsValue>;

/// Replaces `target[name]` (a builtin method) by `wrapper`, which receives
/// the original to call; the name, length and attributes stay the builtin's.
pub fn wrap_method(
    context: &mut Context,
    target: &JsObject,
    name: &str,
    wrapper: Wrapper,
) -> JsResult<()> {
    let key = js_string!(name);
    let original = target
        .get(key.clone(), context)?
        .as_object()
        .ok_or_else(|| JsNativeError::typ().with_message(format!("no builtin {name}")))?;
    let length = original
        .get(js_string!("length"), context)?
        .to_length(context)?;
    let function = NativeFunction::from_copy_closure_with_captures(wrapper, original);
    define_builtin_method(context, target, key, function, length as usize)
}

/// Installs `function` as `target[key]` the way the engine's own methods are:
/// named `key`, with `length`, not a constructor, writable, configurable and
/// not enumerable.
pub fn define_builtin_method(
    context: &mut Context,
    target: &JsObject,
    key: JsString,
    function: NativeFunction,
    length: usize,
) -> JsResult<()> {
    let function = FunctionObjectBuilder::new(context.realm(), function)
        .name(key.clone())
        .length(length)
        .constructor(false)
        .build();
    target.define_property_or_throw(
        key,
        PropertyDescriptor::builder()
            .value(function)
            .writable(true)
            .enumerable(false)
            .configurable(true),
        context,
    )?;
    Ok(())
}

/// The start of a binding object: each `(name, function, length)` as a
/// read-only property; add more properties before `build()`.
pub fn binding_functions<'a>(
    context: &'a mut Context,
    functions: &[(&str, NativeFn, usize)],
) -> ObjectInitializer<'a> {
    let made: Vec<_> = functions
        .iter()
        .map(|(name, f, len)| (*name, native(context, *f, name, *len)))
        .collect();
    let mut init = ObjectInitializer::new(context);
    for (name, f) in made {
        init.property(js_string!(name), f, READONLY);
    }
    init
}

/// `args[i]`, or `undefined`.
pub fn arg(args: &[JsValue], i: usize) -> JsValue {
    args.get(i).cloned().unwrap_or_default()
}

/// Defines `target[name]` as an accessor that builds the value with
/// `make(context, name)` on first access and keeps it (or what a script
/// assigns) in a cell.
///
/// The property stays an accessor: replacing it by a data property on first
/// use left Boa's inline caches calling the old getter's slot, i.e. calling
/// the value itself, at every later access from the same code site
/// (`for (…) { process.x }` threw "not a callable function"): Boa caches the
/// shape the object has *after* the getter ran with the slot found before.
pub fn lazy_property(
    context: &mut Context,
    target: &JsObject,
    name: &'static str,
    enumerable: bool,
    make: fn(&mut Context, &'static str) -> JsResult<JsValue>,
) -> JsResult<()> {
    let cell = JsObject::with_null_proto();
    let getter = NativeFunction::from_copy_closure_with_captures(
        move |_, _, cell: &JsObject, context| {
            if cell.has_own_property(js_string!("value"), context)? {
                return cell.get(js_string!("value"), context);
            }
            let value = make(context, name)?;
            cell.set(js_string!("value"), value.clone(), false, context)?;
            Ok(value)
        },
        cell.clone(),
    );
    let setter = NativeFunction::from_copy_closure_with_captures(
        move |_, args, cell: &JsObject, context| {
            let value = args.first().cloned().unwrap_or_default();
            cell.set(js_string!("value"), value, false, context)?;
            Ok(JsValue::undefined())
        },
        cell,
    );
    let realm = context.realm().clone();
    let desc = PropertyDescriptor::builder()
        .get(getter.to_js_function(&realm))
        .set(setter.to_js_function(&realm))
        .enumerable(enumerable)
        .configurable(true);
    target.define_property_or_throw(js_string!(name), desc, context)?;
    Ok(())
}

/// A read-only data property for binding objects.
pub const READONLY: Attribute = Attribute::ENUMERABLE;
