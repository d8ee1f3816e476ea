//! # sous
//!
//! A small, fast, Node-compatible JavaScript runtime: Boa runs the
//! JavaScript on one thread, a mio reactor and a pool of worker threads do
//! the waiting and the blocking work, and every completion runs as a
//! JavaScript callback back on that thread — Node's event loop, as a
//! library.
//!
//! ```
//! use sous::{Runtime, Sink};
//! let out = Sink::capture();
//! let mut runtime = Runtime::builder().stdout(out.clone()).build().unwrap();
//! runtime.eval("setTimeout(() => console.log('timer fired'), 10)").unwrap();
//! assert_eq!(runtime.run_event_loop(), 0);
//! assert_eq!(out.text(), "timer fired\n");
//! ```
//!
//! Hosts extend it with their own functions, synchronous or asynchronous
//! (run on the worker pool, or completed later from any thread), as globals
//! or as `host:` modules:
//!
//! ```
//! use sous::{HostError, HostModule, Runtime, Value};
//! let mut runtime = Runtime::builder().build().unwrap();
//! runtime.register_module(
//!     "kv",
//!     HostModule::new()
//!         .function("get", |args| Ok(Value::from(format!("value of {}", args[0]))))
//!         .pool_function("slowGet", |args| Ok(args[0].clone())),
//! );
//! let v = runtime.eval_json("require('host:kv').get('a')").unwrap();
//! assert_eq!(v, Value::from("value of \"a\""));
//! ```
//!
//! A `Runtime` is not `Send`: create and drive it on one thread. Deep
//! JavaScript recursion needs a deep native stack; [`on_large_stack`] runs a
//! closure on a thread that has one, as the `sous` binary does. Any thread
//! is safe: the runtime measures the stack it is given and scripts that
//! would overflow it get Node's `RangeError: Maximum call stack size
//! exceeded` instead. A small stack only lowers the limits: recursion to
//! 10,800 frames needs about 22 MiB (on 8 MiB: about 4,000 frames), and
//! source nesting to 1,000 levels about 64 MiB (on 8 MiB: about 120
//! levels; on a 2 MiB thread: 24).

// `Exception` is returned by value so hosts read its fields directly; it
// exists only on the error path, where its size does not matter.
#![allow(clippy::result_large_err)]

// Each file uses only the layers below its own: the table is in
// `layers.rs`, whose test checks every `crate::` path (see runtime/README.md).
pub mod cli;
mod embed;
mod errors;
mod guards;
mod host;
mod kitchen;
#[cfg(test)]
mod layers;
mod modules;
mod natives;
mod ops;
mod options;
mod repl;
mod report;
mod sandbox;
mod sources;
mod stdio;
mod stdlib;
mod syntax_errors;
mod warnings;

pub use boa_engine::JsValue;
pub use embed::builder::{BuildError, RuntimeBuilder};
pub use embed::driving::{InterruptHandle, Poll};
pub use embed::exception::Exception;
pub use embed::host_module::{Completer, HostError, HostModule};
pub use embed::runtime::Runtime;
pub use embed::stack::{on_large_stack, LARGE_STACK};
pub use options::{NodeOptions, UnhandledRejections};
pub use serde_json::Value;
pub use stdio::Sink;

/// The event loop's tracing hook and the tracers sous ships.
pub mod trace {
    pub use crate::kitchen::trace::*;
    pub use crate::ops::timers::snapshot::snapshot_of;
}
