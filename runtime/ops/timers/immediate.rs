//! `setImmediate`, `clearImmediate`, and the `Immediate` methods.

use super::timeout::caller_location;
use super::{with_immediate, ImmediateData};
use crate::errors::callback_arg;
use crate::host::Host;
use crate::kitchen::Kitchen;
use boa_engine::object::ObjectInitializer;
use boa_engine::{Context, JsObject, JsResult, JsValue};
use std::cell::Cell;
use thin_vec::ThinVec;

pub(super) fn set_immediate(
    _: &JsValue,
    args: &[JsValue],
    context: &mut Context,
) -> JsResult<JsValue> {
    let callback = callback_arg(args, 0, context)?;
    let host = Host::get(context);
    let scheduled_at = if host.kitchen.tracing() {
        caller_location(context)
    } else {
        None
    };
    let data = ImmediateData {
        callback: callback.into(),
        args: args.iter().skip(1).cloned().collect(),
        id: host.next_id(),
        refed: Cell::new(true),
        destroyed: Cell::new(false),
        scheduled_at,
    };
    let obj =
        ObjectInitializer::with_native_data_and_proto(data, host.protos.immediate.clone(), context)
            .build();
    let mut queue = host.kitchen.immediates.borrow_mut();
    queue.queue.push_back(obj.clone());
    queue.refed += 1;
    Ok(obj.into())
}

/// Cancels a queued Immediate (it stays in the queue, skipped when reached).
fn cancel_immediate(host: &Host, obj: &JsObject) {
    if let Some(mut data) = obj.downcast_mut::<ImmediateData>() {
        // Node 24: a cleared immediate's `_onImmediate` is undefined.
        data.callback = JsValue::undefined();
        if !data.destroyed.get() {
            data.destroyed.set(true);
            if data.refed.get() {
                host.kitchen.immediates.borrow_mut().refed -= 1;
            }
        }
    }
}

pub(super) fn clear_immediate(
    _: &JsValue,
    args: &[JsValue],
    context: &mut Context,
) -> JsResult<JsValue> {
    if let Some(obj) = args.first().and_then(JsValue::as_object) {
        cancel_immediate(&Host::get(context), &obj);
    }
    Ok(JsValue::undefined())
}

pub(super) fn clear_immediate_this(
    this: &JsValue,
    _: &[JsValue],
    context: &mut Context,
) -> JsResult<JsValue> {
    clear_immediate(&JsValue::undefined(), std::slice::from_ref(this), context)
}

fn set_immediate_ref(this: &JsValue, refed: bool, context: &mut Context) -> JsResult<JsValue> {
    if let Some(obj) = this.as_object() {
        if let Some(data) = obj.downcast_ref::<ImmediateData>() {
            if data.refed.get() != refed {
                data.refed.set(refed);
                if !data.destroyed.get() {
                    let host = Host::get(context);
                    let mut q = host.kitchen.immediates.borrow_mut();
                    if refed {
                        q.refed += 1;
                    } else {
                        q.refed -= 1;
                    }
                }
            }
        }
    }
    Ok(this.clone())
}

pub(super) fn immediate_ref(
    this: &JsValue,
    _: &[JsValue],
    context: &mut Context,
) -> JsResult<JsValue> {
    set_immediate_ref(this, true, context)
}

pub(super) fn immediate_unref(
    this: &JsValue,
    _: &[JsValue],
    context: &mut Context,
) -> JsResult<JsValue> {
    set_immediate_ref(this, false, context)
}

pub(super) fn immediate_has_ref(
    this: &JsValue,
    _: &[JsValue],
    _: &mut Context,
) -> JsResult<JsValue> {
    Ok(JsValue::from(with_immediate(this, |d| d.refed.get())))
}

/// Takes the next immediate of this check phase, marking it run.
/// Returns None for a cleared one (the caller skips it).
pub fn take_immediate(kitchen: &Kitchen, obj: &JsObject) -> Option<(JsValue, ThinVec<JsValue>)> {
    let mut data = obj.downcast_mut::<ImmediateData>()?;
    if data.destroyed.get() {
        return None;
    }
    data.destroyed.set(true);
    if data.refed.get() {
        kitchen.immediates.borrow_mut().refed -= 1;
    }
    // Node 24: once run, `_onImmediate` is undefined.
    let callback = std::mem::take(&mut data.callback);
    Some((callback, data.args.clone()))
}
