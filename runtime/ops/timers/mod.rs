//! `setTimeout`, `setInterval`, `setImmediate`, their `clear*`, and the
//! `Timeout` / `Immediate` objects, natively: timer creation and dispatch are
//! hot paths (100k timers must cost about what they cost Node).
//!
//! A `Timeout` is a small native object; its Node fields (`_idleTimeout`,
//! `_onTimeout`, `_repeat`, `_destroyed`, ...) are accessors on the prototype
//! that read the native state, so an idle timer costs one object and one heap
//! slot, not eight own properties.

mod immediate;
mod prototypes;
mod run;
pub mod snapshot;
mod timeout;

pub use prototypes::prototypes;
pub use timeout::is_armed;

use super::callback_arg;
use crate::host::Host;
use crate::kitchen::timer_heap::TimerId;
use boa_engine::{js_string, Context, Finalize, JsData, JsResult, JsValue, NativeFunction, Trace};
use immediate::{clear_immediate, set_immediate};
use std::cell::Cell;
use thin_vec::ThinVec;
use timeout::{clear_timer, set_interval, set_timeout};

#[derive(Trace, Finalize, JsData)]
pub struct TimeoutData {
    /// The `_onTimeout` function; `undefined` once cleared.
    pub callback: JsValue,
    /// Extra arguments for the callback: a thin vector (one word when empty).
    pub args: ThinVec<JsValue>,
    #[unsafe_ignore_trace]
    pub state: Cell<TimeoutState>,
    /// `file:line:col` of the `setTimeout` call, recorded only when tracing
    /// (a thin box: one word per Timeout when tracing is off).
    #[unsafe_ignore_trace]
    #[allow(clippy::box_collection)] // one word instead of a `String`'s three
    pub scheduled_at: Option<Box<String>>,
}

#[derive(Clone, Copy)]
pub struct TimeoutState {
    pub id: TimerId,
    /// `_idleTimeout`: the coerced delay, fraction kept; -1 once cleared.
    pub idle: f64,
    /// `_idleStart`: loop time when last armed.
    pub start: u64,
    pub repeat: bool,
    pub refed: bool,
    pub destroyed: bool,
    /// `[Symbol.toPrimitive]` was called: `clearTimeout(id)` must find it.
    pub has_primitive: bool,
    /// The timer heap's arming sequence; 0 when not armed.
    pub armed_seq: u64,
}

impl TimeoutState {
    /// Whole milliseconds to schedule with (Node truncates the delay).
    pub fn after(&self) -> u64 {
        self.idle as u64
    }
}

#[derive(Trace, Finalize, JsData)]
pub struct ImmediateData {
    pub callback: JsValue,
    pub args: ThinVec<JsValue>,
    #[unsafe_ignore_trace]
    pub id: u32,
    #[unsafe_ignore_trace]
    pub refed: Cell<bool>,
    #[unsafe_ignore_trace]
    pub destroyed: Cell<bool>,
    #[unsafe_ignore_trace]
    pub scheduled_at: Option<Box<str>>,
}

/// Installs the timer globals.
pub fn install(context: &mut Context) -> JsResult<()> {
    let globals: [(&str, NativeFunction, usize); 7] = [
        ("setTimeout", NativeFunction::from_fn_ptr(set_timeout), 2),
        ("setInterval", NativeFunction::from_fn_ptr(set_interval), 2),
        (
            "setImmediate",
            NativeFunction::from_fn_ptr(set_immediate),
            1,
        ),
        ("clearTimeout", NativeFunction::from_fn_ptr(clear_timer), 1),
        ("clearInterval", NativeFunction::from_fn_ptr(clear_timer), 1),
        (
            "clearImmediate",
            NativeFunction::from_fn_ptr(clear_immediate),
            1,
        ),
        (
            "queueMicrotask",
            NativeFunction::from_fn_ptr(queue_microtask),
            1,
        ),
    ];
    for (name, f, len) in globals {
        context.register_global_builtin_callable(js_string!(name), len, f)?;
    }
    Host::get(context).kitchen.set_runners(run::RUNNERS);
    Ok(())
}

fn queue_microtask(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let callback = callback_arg(args, 0, context)?;
    let job = boa_engine::job::PromiseJob::new(move |context| {
        callback.call(&JsValue::undefined(), &[], context)
    });
    context.enqueue_job(job.into());
    Ok(JsValue::undefined())
}

pub(crate) fn with_timeout(
    this: &JsValue,
    f: impl FnOnce(&TimeoutData) -> JsValue,
) -> JsResult<JsValue> {
    let Some(obj) = this.as_object() else {
        return Ok(JsValue::undefined());
    };
    let value = match obj.downcast_ref::<TimeoutData>() {
        Some(d) => f(&d),
        None => JsValue::undefined(),
    };
    Ok(value)
}

pub(crate) fn with_immediate<R: Default>(this: &JsValue, f: impl FnOnce(&ImmediateData) -> R) -> R {
    let Some(obj) = this.as_object() else {
        return R::default();
    };
    let value = match obj.downcast_ref::<ImmediateData>() {
        Some(d) => f(&d),
        None => R::default(),
    };
    value
}
