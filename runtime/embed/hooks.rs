//! The loop's [`Hooks`], as the embedding layer answers them: Node's
//! lifecycle for uncaught errors, its modes for unhandled rejections, and
//! the output flushed before the loop sleeps.

use super::{lifecycle, rejections};
use crate::host::Host;
use crate::kitchen::{Flow, Hooks, Stop};
use boa_engine::{Context, JsError};

/// The loop's [`Hooks`]: Node's rules for how a process ends.
pub struct ProcessHooks;

impl Hooks for ProcessHooks {
    fn uncaught(&self, context: &mut Context, error: JsError, microtask: bool) -> Flow {
        let host = Host::get(context);
        match microtask {
            true => lifecycle::uncaught_in_microtask(&host, context, error),
            false => lifecycle::uncaught(&host, context, error, "uncaughtException"),
        }
    }

    fn rejections(&self, context: &mut Context) -> Result<bool, Stop> {
        rejections::process(&Host::get(context), context)
    }

    fn before_sleep(&self, context: &mut Context) {
        Host::get(context).stdio.borrow_mut().flush();
    }

    fn poll_failed(&self, context: &mut Context, error: &std::io::Error) {
        let msg = format!("sous: the event loop's poll failed: {error}\n");
        Host::get(context).stdio.borrow_mut().err(msg.as_bytes());
    }
}
