//! How the loop runs a due `Timeout` and a queued `Immediate`: the
//! [`Runners`](crate::kitchen::Runners) this module registers with the kitchen.

use super::immediate::take_immediate;
use super::timeout::{is_armed, rearm};
use super::{ImmediateData, TimeoutData};
use crate::host::Host;
use crate::kitchen::trace::{CallbackKind, CallbackStart};
use crate::kitchen::{call_js, Flow, Kitchen, Runners};
use boa_engine::{Context, JsObject};
use std::time::Duration;

/// The runners for [`Kitchen::set_runners`].
pub const RUNNERS: Runners = Runners {
    timer: run_timeout,
    immediate: run_immediate,
};

fn run_timeout(kitchen: &Kitchen, context: &mut Context, obj: &JsObject, now: u64) -> Flow {
    let host = Host::get(context);
    let (callback, args) = {
        let Some(data) = obj.downcast_ref::<TimeoutData>() else {
            return Ok(());
        };
        let s = data.state.get();
        if kitchen.tracing() {
            let kind = if s.repeat {
                CallbackKind::Interval
            } else {
                CallbackKind::Timeout
            };
            let late = Duration::from_millis(now.saturating_sub(s.start + s.after()));
            let info = CallbackStart {
                kind,
                id: s.id as u64,
                scheduled_at: data.scheduled_at.as_deref().map(String::as_str),
                delay_ms: Some(s.idle),
                late,
            };
            kitchen.trace(|t| t.callback_start(&info));
        }
        (data.callback.clone(), data.args.clone())
    };
    // An interval's next run counts from the start of this one (Node's
    // `start = getLibuvNow()` before the call): no drift, no catch-up burst.
    let start = kitchen.now_ms();
    // Node counts a timeout as active while its callback runs.
    *host.running_timeout.borrow_mut() = Some(obj.clone());
    let result = call_js(kitchen, context, &callback, &obj.clone().into(), &args);
    host.running_timeout.borrow_mut().take();
    // Settle the timer before reporting an error: an interval that throws is
    // still rescheduled, a timeout is done either way.
    let after = obj.downcast_ref::<TimeoutData>().map(|d| d.state.get());
    if let Some(after) = after {
        let cleared = after.idle < 0.0;
        let rearmed = is_armed(obj);
        // Node reads `_repeat` after the callback: a timeout may become an interval in it.
        if after.repeat && !cleared && !rearmed {
            rearm(&host, obj, start);
        } else if !rearmed && !after.destroyed {
            if let Some(data) = obj.downcast_ref::<TimeoutData>() {
                let mut s = data.state.get();
                s.destroyed = true;
                data.state.set(s);
                if s.has_primitive {
                    host.known_timers.borrow_mut().remove(&s.id);
                }
            }
        }
    }
    result
}

fn run_immediate(kitchen: &Kitchen, context: &mut Context, obj: &JsObject, _now: u64) -> Flow {
    let Some((callback, args)) = take_immediate(kitchen, obj) else {
        return Ok(());
    };
    if kitchen.tracing() {
        if let Some(data) = obj.downcast_ref::<ImmediateData>() {
            let info = CallbackStart {
                kind: CallbackKind::Immediate,
                id: data.id as u64,
                scheduled_at: data.scheduled_at.as_deref(),
                delay_ms: None,
                late: Duration::ZERO,
            };
            kitchen.trace(|t| t.callback_start(&info));
        }
    }
    call_js(kitchen, context, &callback, &obj.clone().into(), &args)
}
