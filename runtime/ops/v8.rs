//! What sous offers of V8's own surface: `gc()` under `--expose-gc`.

use super::native;
use boa_engine::{js_string, Context, JsResult, JsValue};

/// Defines the global `gc()` (`--expose-gc`): a full collection of Boa's heap.
pub fn install_gc(context: &mut Context) -> JsResult<()> {
    let gc = native(context, collect, "gc", 0);
    let global = context.global_object();
    global.set(js_string!("gc"), gc, false, context)?;
    Ok(())
}

fn collect(_: &JsValue, _: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    boa_gc::force_collect();
    Ok(JsValue::undefined())
}
