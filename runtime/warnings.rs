//! `process.emitWarning`, for natives of any room: the warning goes through
//! the script's `process` object, so its listeners see it.

use boa_engine::{js_string, Context, JsResult};

/// `process.emitWarning(message, type)` (creates `process` if needed).
pub fn emit_warning(context: &mut Context, message: &str, kind: &str) -> JsResult<()> {
    let process = context
        .global_object()
        .get(js_string!("process"), context)?;
    if let Some(process) = process.as_object() {
        let f = process.get(js_string!("emitWarning"), context)?;
        if let Some(f) = f.as_callable() {
            f.call(
                &process.into(),
                &[js_string!(message).into(), js_string!(kind).into()],
                context,
            )?;
        }
    }
    Ok(())
}
