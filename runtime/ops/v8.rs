//! What sous offers of V8's own surface: `gc()` under `--expose-gc`, and
//! the figures behind `v8.getHeapStatistics()` (`stdlib-js/v8.js`).

use super::{binding_functions, native, NativeFn};
use boa_engine::object::builtins::JsArray;
use boa_engine::{js_string, Context, JsObject, JsResult, JsValue};

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

pub fn binding(context: &mut Context) -> JsResult<JsObject> {
    let functions: [(&str, NativeFn, usize); 1] = [("memoryFigures", memory_figures, 0)];
    Ok(binding_functions(context, &functions).build())
}

/// `memoryFigures()`: `[rss, physical memory]` in bytes. Boa does not
/// report its heap, so the process's resident size stands for the heap and
/// the machine's memory for the limit.
fn memory_figures(_: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    // SAFETY: sysinfo only writes the struct it is given.
    let mut info: libc::sysinfo = unsafe { std::mem::zeroed() };
    let total = if unsafe { libc::sysinfo(&mut info) } == 0 {
        info.totalram as f64 * f64::from(info.mem_unit.max(1))
    } else {
        0.0
    };
    let figures = [
        JsValue::from(super::process::rss_bytes()),
        JsValue::from(total),
    ];
    Ok(JsArray::from_iter(figures, context).into())
}
