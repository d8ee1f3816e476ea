//! Promises rejected with no handler, by Node's `--unhandled-rejections`
//! modes: `'unhandledRejection'`, the uncaught exception it may become, the
//! `UnhandledPromiseRejectionWarning`s, and `'rejectionHandled'` (or its
//! warning) when a handler comes later.

use super::lifecycle::{emit, error_value, handle_fatal, has_listeners, uncaught};
use crate::host::Host;
use crate::kitchen::{Flow, Stop};
use crate::options::UnhandledRejections;
use crate::{report, stdlib};
use boa_engine::builtins::promise::PromiseState;
use boa_engine::object::builtins::JsPromise;
use boa_engine::{js_string, Context, JsObject, JsValue};

/// Boa's rejection tracker: a promise rejected with no handler, or one that
/// got a handler after it was rejected.
pub fn track(host: &Host, promise: JsObject, handled: bool) {
    let mut r = host.rejections.borrow_mut();
    if !handled {
        r.next_id += 1;
        let id = r.next_id;
        r.pending.push((promise, id));
    } else if let Some(at) = r.pending.iter().position(|(p, _)| p == &promise) {
        r.pending.remove(at);
    } else if let Some(id) = r.reported.remove(&promise) {
        r.handled_late.push((promise, id));
    }
}

/// After a drain: the late handlers, then the rejections still unhandled.
/// Returns whether anything ran (listeners may have queued work).
pub fn process(host: &Host, context: &mut Context) -> Result<bool, Stop> {
    let (late, pending) = {
        let mut r = host.rejections.borrow_mut();
        (
            std::mem::take(&mut r.handled_late),
            std::mem::take(&mut r.pending),
        )
    };
    if late.is_empty() && pending.is_empty() {
        return Ok(false);
    }
    for (promise, id) in late {
        if has_listeners(host, context, "rejectionHandled") {
            listener_flow(host, context, "rejectionHandled", &[promise.into()])?;
        } else {
            warn(context, "warnHandledLate", &[id.into()]);
        }
    }
    let mode = host.config.options.unhandled_rejections;
    for (promise, id) in pending {
        let Ok(p) = JsPromise::from_object(promise.clone()) else {
            continue;
        };
        let PromiseState::Rejected(reason) = p.state() else {
            continue;
        };
        // Reported before any listener runs: a handler a listener adds makes 'rejectionHandled'.
        host.rejections
            .borrow_mut()
            .reported
            .insert(promise.clone(), id);
        let args = [reason.clone(), promise.clone().into()];
        let listened = has_listeners(host, context, "unhandledRejection");
        match mode {
            UnhandledRejections::Throw if !listened => fatal(host, context, reason)?,
            // The uncaught exception first; if a listener handled it, the event.
            UnhandledRejections::Strict => {
                fatal(host, context, reason.clone())?;
                match listened {
                    true => listener_flow(host, context, "unhandledRejection", &args)?,
                    false => warn(context, "warnUnhandled", &[id.into(), reason]),
                }
            }
            UnhandledRejections::Warn => {
                listener_flow(host, context, "unhandledRejection", &args)?;
                warn(context, "warnUnhandled", &[id.into(), reason]);
            }
            UnhandledRejections::WarnWithErrorCode if !listened => {
                warn(context, "warnUnhandled", &[id.into(), reason]);
                if let Some(process) = host.process.borrow().clone() {
                    let _ = process.set(js_string!("exitCode"), 1, false, context);
                }
            }
            _ => listener_flow(host, context, "unhandledRejection", &args)?,
        }
    }
    Ok(true)
}

/// `process.emit(event, ...args)`; a listener that throws is an uncaught exception.
fn listener_flow(host: &Host, context: &mut Context, event: &str, args: &[JsValue]) -> Flow {
    match emit(host, context, event, args) {
        Ok(()) => Ok(()),
        Err(err) => uncaught(host, context, err, "uncaughtException"),
    }
}

/// The rejection as an uncaught exception (origin `'unhandledRejection'`):
/// an Error as it is, anything else wrapped in `ERR_UNHANDLED_REJECTION`.
fn fatal(host: &Host, context: &mut Context, reason: JsValue) -> Flow {
    let thrown = if report::is_error(&reason) {
        report::Thrown::from_value(reason, true, context)
    } else {
        let err = stdlib::node_error(context, "ERR_UNHANDLED_REJECTION", &[reason]);
        let value = error_value(&err, context);
        report::Thrown::from_value(value, true, context)
    };
    handle_fatal(host, context, thrown, "unhandledRejection")
}

/// One of Node's rejection warnings (`internal/process/rejections.js`).
fn warn(context: &mut Context, which: &str, args: &[JsValue]) {
    // A warning that cannot be emitted (a broken `process.emitWarning`) is dropped, as in Node.
    let _ = stdlib::call(context, "internal/process/rejections", which, args);
}
