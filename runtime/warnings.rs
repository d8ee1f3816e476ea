//! `process.emitWarning`, for natives of any room: the warning goes through
//! the script's `process` object, so its listeners see it.

use boa_engine::{js_string, Context, JsResult, JsValue};

/// `process.emitWarning(message, type)` (creates `process` if needed).
pub fn emit_warning(context: &mut Context, message: &str, kind: &str) -> JsResult<()> {
    emit(
        context,
        &[js_string!(message).into(), js_string!(kind).into()],
    )
}

/// `process.emitWarning(message, 'DeprecationWarning', code)`.
pub fn emit_deprecation(context: &mut Context, message: &str, code: &str) -> JsResult<()> {
    let args = [
        js_string!(message).into(),
        js_string!("DeprecationWarning").into(),
        js_string!(code).into(),
    ];
    emit(context, &args)
}

fn emit(context: &mut Context, args: &[JsValue]) -> JsResult<()> {
    let process = context
        .global_object()
        .get(js_string!("process"), context)?;
    if let Some(process) = process.as_object() {
        let f = process.get(js_string!("emitWarning"), context)?;
        if let Some(f) = f.as_callable() {
            f.call(&process.into(), args, context)?;
        }
    }
    Ok(())
}
