//! `setTimeout`/`setInterval`, `clearTimeout`, and the `Timeout` methods
//! (`refresh`, `ref`/`unref`, `close`, `[Symbol.toPrimitive]`).

use super::{with_timeout, TimeoutData, TimeoutState};
use crate::errors::callback_arg;
use crate::host::Host;
use crate::kitchen::timer_heap::{Armed, TimerId};
use boa_engine::object::ObjectInitializer;
use boa_engine::{Context, JsNativeError, JsObject, JsResult, JsValue};
use std::cell::Cell;

/// Node's `TIMEOUT_MAX`: delays above it become 1 ms with a warning.
const TIMEOUT_MAX: f64 = 2_147_483_647.0;

/// Node's delay coercion: `after *= 1`, then anything outside [1, 2^31-1]
/// is 1 ms, with a `TimeoutOverflowWarning` above the range, and (once per process each, as
/// Node 24) a `TimeoutNegativeWarning` below it or a `TimeoutNaNWarning` for NaN.
fn coerce_delay(delay: &JsValue, context: &mut Context) -> JsResult<f64> {
    if delay.is_undefined() {
        return Ok(1.0);
    }
    // V8's wording for the two ToNumber failures (Boa words them differently).
    if delay.is_bigint() {
        return Err(JsNativeError::typ()
            .with_message("Cannot mix BigInt and other types, use explicit conversions")
            .into());
    }
    if delay.is_symbol() {
        return Err(JsNativeError::typ()
            .with_message("Cannot convert a Symbol value to a number")
            .into());
    }
    let after = delay.to_number(context)?;
    if (1.0..=TIMEOUT_MAX).contains(&after) {
        return Ok(after);
    }
    if after > TIMEOUT_MAX {
        let shown = JsValue::from(after)
            .to_string(context)?
            .to_std_string_escaped();
        let message = format!(
            "{shown} does not fit into a 32-bit signed integer.\nTimeout duration was set to 1."
        );
        crate::warnings::emit_warning(context, &message, "TimeoutOverflowWarning")?;
    } else if after < 0.0 && Host::get(context).first_warning("TimeoutNegativeWarning") {
        let shown = JsValue::from(after)
            .to_string(context)?
            .to_std_string_escaped();
        let message = format!("{shown} is a negative number.\nTimeout duration was set to 1.");
        crate::warnings::emit_warning(context, &message, "TimeoutNegativeWarning")?;
    } else if after.is_nan() && Host::get(context).first_warning("TimeoutNaNWarning") {
        let message = "NaN is not a number.\nTimeout duration was set to 1.";
        crate::warnings::emit_warning(context, message, "TimeoutNaNWarning")?;
    }
    Ok(1.0)
}

/// `file:line:col` of the JavaScript code calling the current native.
pub fn caller_location(context: &Context) -> Option<Box<str>> {
    let frame = context.stack_trace().next()?;
    let loc = frame.position();
    let pos = loc.position?;
    Some(format!("{}:{}:{}", loc.path, pos.line_number(), pos.column_number()).into_boxed_str())
}

fn new_timer(args: &[JsValue], repeat: bool, context: &mut Context) -> JsResult<JsValue> {
    let callback = callback_arg(args, 0, context)?;
    let idle = coerce_delay(args.get(1).unwrap_or(&JsValue::undefined()), context)?;
    let host = Host::get(context);
    let id = host.next_id();
    let start = host.kitchen.now_ms();
    let state = TimeoutState {
        id,
        idle,
        start,
        repeat,
        refed: true,
        destroyed: false,
        has_primitive: false,
        armed_seq: 0,
    };
    let scheduled_at = if host.kitchen.tracing() {
        caller_location(context)
    } else {
        None
    };
    let data = TimeoutData {
        callback: callback.into(),
        args: args.iter().skip(2).cloned().collect(),
        state: Cell::new(state),
        scheduled_at: scheduled_at.map(|s| Box::new(String::from(s))),
    };
    // Shared-shape objects: a unique shape per timer would cost ~300 bytes each.
    let obj =
        ObjectInitializer::with_native_data_and_proto(data, host.protos.timeout.clone(), context)
            .build();
    host.kitchen
        .timers
        .borrow_mut()
        .arm(start + state.after(), obj.clone());
    Ok(obj.into())
}

pub(super) fn set_timeout(
    _: &JsValue,
    args: &[JsValue],
    context: &mut Context,
) -> JsResult<JsValue> {
    new_timer(args, false, context)
}

pub(super) fn set_interval(
    _: &JsValue,
    args: &[JsValue],
    context: &mut Context,
) -> JsResult<JsValue> {
    new_timer(args, true, context)
}

/// The heap's view of a `Timeout`: its arming sequence lives in its state.
impl Armed for JsObject {
    fn armed_seq(&self) -> u64 {
        self.downcast_ref::<TimeoutData>()
            .map_or(0, |d| d.state.get().armed_seq)
    }
    fn set_armed_seq(&self, seq: u64) {
        if let Some(d) = self.downcast_ref::<TimeoutData>() {
            let mut s = d.state.get();
            s.armed_seq = seq;
            d.state.set(s);
        }
    }
    fn refed(&self) -> bool {
        self.downcast_ref::<TimeoutData>()
            .is_some_and(|d| d.state.get().refed)
    }
    fn id(&self) -> TimerId {
        self.downcast_ref::<TimeoutData>()
            .map_or(0, |d| d.state.get().id)
    }
}

/// Whether `obj` is a Timeout armed in the heap.
pub fn is_armed(obj: &JsObject) -> bool {
    obj.armed_seq() != 0
}

/// Arms `obj` again from now (refresh, or an interval's next run from `start`).
pub fn rearm(host: &Host, obj: &JsObject, start: u64) {
    let s = {
        let Some(data) = obj.downcast_ref::<TimeoutData>() else {
            return;
        };
        let mut s = data.state.get();
        s.start = start;
        s.destroyed = false;
        data.state.set(s);
        s
    };
    host.kitchen
        .timers
        .borrow_mut()
        .arm(start + s.after(), obj.clone());
}

/// Cancels a Timeout: Node's `unenroll`.
pub fn destroy_timeout(host: &Host, obj: &JsObject) {
    host.kitchen.timers.borrow_mut().disarm(obj);
    let Some(mut data) = obj.downcast_mut::<TimeoutData>() else {
        return;
    };
    let mut s = data.state.get();
    if s.has_primitive {
        host.known_timers.borrow_mut().remove(&s.id);
    }
    s.idle = -1.0;
    s.destroyed = true;
    data.state.set(s);
    data.callback = JsValue::undefined();
}

pub(super) fn clear_timer(
    _: &JsValue,
    args: &[JsValue],
    context: &mut Context,
) -> JsResult<JsValue> {
    let host = Host::get(context);
    let target = args.first().cloned().unwrap_or_default();
    let obj = if let Some(obj) = target.as_object() {
        Some(obj)
    } else {
        // A number, or a numeric string, from `+timeout` / `${timeout}`.
        let id = if let Some(n) = target.as_number() {
            Some(n)
        } else if let Some(s) = target.as_string() {
            s.to_std_string_escaped().trim().parse::<f64>().ok()
        } else {
            None
        };
        id.filter(|n| n.fract() == 0.0 && *n >= 0.0 && *n <= u32::MAX as f64)
            .and_then(|n| host.known_timers.borrow().get(&(n as u32)).cloned())
    };
    if let Some(obj) = obj {
        destroy_timeout(&host, &obj);
    }
    Ok(JsValue::undefined())
}

fn this_timeout(this: &JsValue) -> Option<JsObject> {
    this.as_object()
        .filter(|o| o.downcast_ref::<TimeoutData>().is_some())
}

pub(super) fn timeout_refresh(
    this: &JsValue,
    _: &[JsValue],
    context: &mut Context,
) -> JsResult<JsValue> {
    if let Some(obj) = this_timeout(this) {
        let host = Host::get(context);
        let cleared = obj
            .downcast_ref::<TimeoutData>()
            .is_some_and(|d| d.state.get().idle < 0.0);
        if !cleared {
            rearm(&host, &obj, host.kitchen.now_ms());
        }
    }
    Ok(this.clone())
}

fn set_timeout_ref(this: &JsValue, refed: bool, context: &mut Context) -> JsResult<JsValue> {
    if let Some(obj) = this_timeout(this) {
        let host = Host::get(context);
        let changed = obj.downcast_ref::<TimeoutData>().is_some_and(|data| {
            let mut s = data.state.get();
            let changed = s.refed != refed;
            s.refed = refed;
            data.state.set(s);
            changed
        });
        if changed {
            host.kitchen.timers.borrow_mut().ref_changed(&obj, refed);
        }
    }
    Ok(this.clone())
}

pub(super) fn timeout_ref(
    this: &JsValue,
    _: &[JsValue],
    context: &mut Context,
) -> JsResult<JsValue> {
    set_timeout_ref(this, true, context)
}

pub(super) fn timeout_unref(
    this: &JsValue,
    _: &[JsValue],
    context: &mut Context,
) -> JsResult<JsValue> {
    set_timeout_ref(this, false, context)
}

pub(super) fn timeout_has_ref(this: &JsValue, _: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    with_timeout(this, |d| JsValue::from(d.state.get().refed))
}

pub(super) fn timeout_close(
    this: &JsValue,
    _: &[JsValue],
    context: &mut Context,
) -> JsResult<JsValue> {
    if let Some(obj) = this_timeout(this) {
        destroy_timeout(&Host::get(context), &obj);
    }
    Ok(this.clone())
}

pub(super) fn timeout_to_primitive(
    this: &JsValue,
    _: &[JsValue],
    context: &mut Context,
) -> JsResult<JsValue> {
    let Some(obj) = this_timeout(this) else {
        return Ok(JsValue::nan());
    };
    let host = Host::get(context);
    let id = {
        let data = obj.downcast_ref::<TimeoutData>().expect("checked above");
        let mut s = data.state.get();
        if !s.has_primitive && !s.destroyed {
            s.has_primitive = true;
            data.state.set(s);
            host.known_timers.borrow_mut().insert(s.id, obj.clone());
        }
        s.id
    };
    Ok(JsValue::from(id))
}
