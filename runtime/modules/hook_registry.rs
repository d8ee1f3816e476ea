//! Which parts of the CommonJS loader a program replaced: the JavaScript functions
//! `node:module` registers (in `host.bindings`) once `Module.prototype.require`,
//! `Module._load`, `Module._extensions` & co. or `Module._resolveFilename` were patched.
//! The loader (`cjs.rs`, `require_resolve.rs`) asks here before taking its own path.

use crate::host::Host;
use crate::stdlib;
use boa_engine::property::PropertyDescriptor;
use boa_engine::{js_string, Context, JsObject, JsResult, JsValue};

/// `require(id)` from module `m` becomes `hook(m, id)`.
pub(super) const REQUIRE: &str = "Module.requireHook";
/// The CommonJS main module at `path` is loaded by `hook(path)`.
pub(super) const MAIN: &str = "Module.mainHook";
/// `require.resolve(request, options)` from module `m` becomes `hook(m, request, options)`.
pub(super) const RESOLVE: &str = "Module.resolveHook";

/// The function registered under `key`, if a program patched that part.
pub(super) fn get(context: &Context, key: &str) -> Option<JsObject> {
    Host::get(context).bindings.borrow().get(key).cloned()
}

/// Registers `value` (when it is a function) under `key`.
pub(super) fn set(context: &Context, key: &str, value: Option<&JsValue>) {
    if let Some(f) = value.and_then(JsValue::as_object) {
        Host::get(context)
            .bindings
            .borrow_mut()
            .insert(key.to_string(), f.clone());
    }
}

/// `require.extensions`: `Module._extensions`, read from `node:module` when first asked
/// for (so that nothing loads at start-up).
pub(super) fn define_extensions(context: &mut Context, require: &JsObject) -> JsResult<()> {
    let get = crate::ops::native(context, extensions, "extensions", 0);
    require.define_property_or_throw(
        js_string!("extensions"),
        PropertyDescriptor::builder()
            .get(get)
            .enumerable(true)
            .configurable(true),
        context,
    )?;
    Ok(())
}

fn extensions(_: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let module = stdlib::require(context, "module")?;
    match module.as_object() {
        Some(m) => m.get(js_string!("_extensions"), context),
        None => Ok(JsValue::undefined()),
    }
}
