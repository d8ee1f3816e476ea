//! The natives exposed to JavaScript, one file per Node area.
//!
//! Globals (`setTimeout`, `console`, ...) are installed at start-up because
//! they are cheap natives; everything written in JavaScript sits behind a
//! lazy global or `require` (see `stdlib.rs`).

pub mod bind;
pub mod buffer;
pub mod console;
pub mod crypto;
pub mod fs;
pub mod json_depth;
pub mod json_parse;
pub mod os;
pub mod process;
pub mod stack_guard;
pub mod strings;
pub mod timers;
pub mod util;

use crate::host::Host;
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

/// `args[index]` if it is callable, else Node's `ERR_INVALID_ARG_TYPE` for "callback".
pub fn callback_arg(args: &[JsValue], index: usize, context: &mut Context) -> JsResult<JsObject> {
    let value = args.get(index).cloned().unwrap_or_default();
    match value.as_callable() {
        Some(f) => Ok(f),
        None => Err(timers::invalid_callback(&value, context)),
    }
}

/// Installs every global at start-up.
pub fn install(context: &mut Context) -> JsResult<()> {
    timers::install(context)?;
    console::install(context)?;
    stack_guard::install(context)?;
    bind::install(context)?;
    json_depth::install(context)?;
    json_parse::install(context)?;
    strings::install(context)?;
    let global = context.global_object();
    global.set(js_string!("global"), global.clone(), false, context)?;
    lazy_global(context, "process", |context, _| {
        crate::stdlib::require(context, "process")
    })?;
    // Web APIs written in JavaScript (stdlib-js/internal/abort.js).
    for name in [
        "AbortController",
        "AbortSignal",
        "EventTarget",
        "Event",
        "DOMException",
    ] {
        lazy_global(context, name, abort_export)?;
    }
    // Web Crypto (stdlib-js/internal/crypto/webcrypto.js).
    for name in ["crypto", "Crypto", "CryptoKey", "SubtleCrypto"] {
        lazy_global(context, name, webcrypto_export)?;
    }
    lazy_global(context, "Buffer", |context, _| {
        let exports = crate::stdlib::require(context, "buffer")?;
        match exports.as_object() {
            Some(exports) => exports.get(js_string!("Buffer"), context),
            None => Ok(JsValue::undefined()),
        }
    })?;
    Ok(())
}

fn abort_export(context: &mut Context, name: &str) -> JsResult<JsValue> {
    builtin_export(context, "internal/abort", name)
}

fn webcrypto_export(context: &mut Context, name: &str) -> JsResult<JsValue> {
    builtin_export(context, "internal/crypto/webcrypto", name)
}

/// `require(module)[name]`.
fn builtin_export(context: &mut Context, module: &str, name: &str) -> JsResult<JsValue> {
    let exports = crate::stdlib::require(context, module)?;
    match exports.as_object() {
        Some(o) => o.get(js_string!(name), context),
        None => Ok(JsValue::undefined()),
    }
}

/// Defines `globalThis[name]` as an accessor that builds the value on first
/// access (see [`lazy_property`]); not enumerable, as Node's globals.
fn lazy_global(
    context: &mut Context,
    name: &'static str,
    make: fn(&mut Context, &'static str) -> JsResult<JsValue>,
) -> JsResult<()> {
    let global = context.global_object();
    lazy_property(context, &global, name, false, make)
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

/// `internalBinding(name)`: the native functions of one area, made once.
pub fn binding(context: &mut Context, name: &str) -> JsResult<JsValue> {
    let host = Host::get(context);
    if let Some(b) = host.bindings.borrow().get(name) {
        return Ok(b.clone().into());
    }
    let made = match name {
        "process" => process::binding(context)?,
        "console" => console::binding(context)?,
        "util" => util::binding(context)?,
        "os" => os::binding(context)?,
        "modules" => crate::modules::binding(context)?,
        "fs" => fs::binding(context)?,
        "buffer" => buffer::binding(context)?,
        "crypto" => crypto::binding(context)?,
        _ => {
            return Err(JsNativeError::error()
                .with_message(format!("No such binding: {name}"))
                .into())
        }
    };
    host.bindings
        .borrow_mut()
        .insert(name.to_string(), made.clone());
    Ok(made.into())
}

/// A read-only data property for binding objects.
pub const READONLY: Attribute = Attribute::ENUMERABLE;
