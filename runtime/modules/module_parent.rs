//! `module.parent`: Node keeps a module's parent behind an accessor on
//! `Module.prototype` (DEP0144, a warning with `--pending-deprecation` on the
//! first read or write). The main module's parent is `null`.

use crate::host::Host;
use boa_engine::property::PropertyDescriptor;
use boa_engine::{js_string, Context, JsObject, JsResult, JsSymbol, JsValue};

thread_local! {
    /// The hidden key the parent is kept under (a symbol: not among the module's keys).
    static PARENT: Option<JsSymbol> = JsSymbol::new(Some(js_string!("kModuleParent")));
}

fn key() -> JsResult<JsSymbol> {
    PARENT.with(Clone::clone).ok_or_else(|| {
        boa_engine::JsNativeError::error()
            .with_message("no symbols left")
            .into()
    })
}

/// Defines the `parent` accessor on the modules' prototype.
pub(super) fn install(context: &mut Context, proto: &JsObject) -> JsResult<()> {
    let get = crate::ops::native(context, get_parent, "deprecated", 0);
    let set = crate::ops::native(context, set_parent_accessor, "deprecated", 1);
    proto.define_property_or_throw(
        js_string!("parent"),
        PropertyDescriptor::builder()
            .get(get)
            .set(set)
            .enumerable(false)
            .configurable(false),
        context,
    )?;
    Ok(())
}

/// Records `parent` (null for the main module) for `module.parent`.
pub(super) fn set(context: &mut Context, module: &JsObject, parent: JsValue) -> JsResult<()> {
    module.define_property_or_throw(
        key()?,
        PropertyDescriptor::builder()
            .value(parent)
            .writable(true)
            .enumerable(false)
            .configurable(true),
        context,
    )?;
    Ok(())
}

/// The parent recorded for `module` (the require stack walks it).
pub(super) fn get(context: &mut Context, module: &JsObject) -> JsResult<JsValue> {
    module.get(key()?, context)
}

fn get_parent(this: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    warn(context)?;
    match this.as_object() {
        Some(module) => get(context, &module),
        None => Ok(JsValue::undefined()),
    }
}

fn set_parent_accessor(
    this: &JsValue,
    args: &[JsValue],
    context: &mut Context,
) -> JsResult<JsValue> {
    warn(context)?;
    if let Some(module) = this.as_object() {
        set(context, &module, args.first().cloned().unwrap_or_default())?;
    }
    Ok(JsValue::undefined())
}

/// DEP0144, once, with `--pending-deprecation`.
fn warn(context: &mut Context) -> JsResult<()> {
    let host = Host::get(context);
    if !host.config.options.pending_deprecation {
        return Ok(());
    }
    let first = host
        .bindings
        .borrow_mut()
        .insert("warned.DEP0144".to_string(), JsObject::with_null_proto())
        .is_none();
    if first {
        crate::warnings::emit_deprecation(
            context,
            "module.parent is deprecated due to accuracy issues. Please use \
             require.main to find program entry point instead.",
            "DEP0144",
        )?;
    }
    Ok(())
}
