//! What sous offers of V8's own surface: `gc()` under `--expose-gc`, the figures
//! behind `v8.getHeapStatistics()` (`stdlib-js/v8.js`), and the frames an error
//! keeps (`Error.stackTraceLimit`, `stdlib-js/internal/bootstrap.js`).

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
    let functions: [(&str, NativeFn, usize); 3] = [
        ("memoryFigures", memory_figures, 0),
        ("stackTraceLimit", stack_trace_limit, 0),
        ("setStackTraceLimit", set_stack_trace_limit, 1),
    ];
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

/// `stackTraceLimit()`: how many frames Boa records in an error made now.
fn stack_trace_limit(_: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    Ok(JsValue::from(
        context.runtime_limits().backtrace_limit() as f64
    ))
}

/// `setStackTraceLimit(n)`: Boa records the frames when an error is made, as V8 does,
/// so the limit in force then is the one its stack keeps. Not a number, or below 0:
/// none (V8 records no stack then).
fn set_stack_trace_limit(
    _: &JsValue,
    args: &[JsValue],
    context: &mut Context,
) -> JsResult<JsValue> {
    let limit = match args.first().and_then(JsValue::as_number) {
        Some(n) if n >= 1.0 => {
            // `as` saturates: Infinity keeps every frame.
            n as usize
        }
        _ => 0,
    };
    context.runtime_limits_mut().set_backtrace_limit(limit);
    Ok(JsValue::undefined())
}
