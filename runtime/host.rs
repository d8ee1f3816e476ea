//! The runtime's state, shared by the event loop and the native functions.
//!
//! One `Host` per `Context`, stored in the context's data and reached with
//! `Host::get(context)`. Every field is a `Cell`/`RefCell` because natives
//! re-enter: a native calls JavaScript, which calls another native. The rule
//! that keeps this sound: never hold a borrow across a call into JavaScript.

use crate::jobs::JobQueue;
use crate::pool::Pool;
use crate::reactor::Reactor;
use crate::stdio::Stdio;
use crate::timers::TimerHeap;
use crate::trace::Tracer;
use boa_engine::{Context, JsObject, JsValue};
use std::cell::{Cell, RefCell};
use std::collections::{HashMap, VecDeque};
use std::rc::Rc;
use std::time::Instant;

/// What the host was configured with (see `RuntimeBuilder`).
pub struct Config {
    /// Whether `require('fs')` & co. are available (an embedder may turn them off).
    pub builtins: bool,
    /// The file-system allow-list.
    pub sandbox: crate::sandbox::Sandbox,
    /// `process.argv`: `[execPath, script, ...args]` (the script is set by `run_file`).
    pub argv: RefCell<Vec<String>>,
    pub exec_path: String,
    pub env: Vec<(String, String)>,
}

/// A `process.nextTick` callback waiting to run.
pub struct Tick {
    pub callback: JsObject,
    pub args: Vec<JsValue>,
}

/// Queued `setImmediate` callbacks (the `Immediate` objects, in order).
#[derive(Default)]
pub struct Immediates {
    pub queue: VecDeque<JsObject>,
    /// Queued, not cleared, ref'd immediates: these keep the loop alive.
    pub refed: usize,
}

/// A pool job whose completion has not been delivered yet.
pub struct PendingOp {
    pub handler: JsValue,
    pub op: &'static str,
    pub refed: bool,
}

/// Prototypes the natives need at hand.
pub struct Protos {
    pub timeout: JsObject,
    pub immediate: JsObject,
}

pub struct Host {
    pub config: Config,
    /// The loop clock's zero: timer expiries are milliseconds since this.
    pub origin: Instant,
    pub timers: RefCell<TimerHeap<JsObject>>,
    pub immediates: RefCell<Immediates>,
    pub ticks: RefCell<VecDeque<Tick>>,
    pub jobs: Rc<JobQueue>,
    pub ops: RefCell<HashMap<u64, PendingOp>>,
    pub refed_ops: Cell<usize>,
    pub next_op_id: Cell<u64>,
    pub pool: Pool,
    pub reactor: RefCell<Reactor>,
    pub stdio: RefCell<Stdio>,
    /// The `process` object, once a script touched it.
    pub process: RefCell<Option<JsObject>>,
    /// Promises rejected with no handler, checked after each tick drain.
    pub rejections: RefCell<Vec<JsObject>>,
    /// Set by `process.exit()`: the loop stops and the process exits with it.
    pub exit: Cell<Option<i32>>,
    /// Id counter shared by timers and immediates, like Node's async ids.
    pub next_id: Cell<u32>,
    pub protos: Protos,
    /// Builtin modules already evaluated, by name.
    pub builtins: RefCell<HashMap<String, JsValue>>,
    /// Native binding objects handed to builtins, by name.
    pub bindings: RefCell<HashMap<String, JsObject>>,
    /// Timeouts whose numeric id was taken (`+timeout`): `clearTimeout(id)` finds them here.
    pub known_timers: RefCell<HashMap<u32, JsObject>>,
    /// Modules a host registered: `require('host:<name>')`.
    pub host_modules: RefCell<HashMap<String, JsObject>>,
    /// Sources of the files the module loader ran, by path, for error reports.
    pub sources: RefCell<HashMap<String, Rc<str>>>,
    /// Files run inside the CommonJS wrapper (their line 1 is shifted).
    pub wrapped: RefCell<std::collections::HashSet<String>>,
    pub tracer: RefCell<Option<Box<dyn Tracer>>>,
    /// Console group indentation (spaces), applied to every console line.
    pub console_indent: Cell<usize>,
    /// Loop turns so far.
    pub turns: Cell<u64>,
    /// Set from another thread to stop the loop (`InterruptHandle`).
    pub interrupt: std::sync::Arc<std::sync::atomic::AtomicBool>,
    /// A host's deadline for the current `poll` (`run_until`).
    pub wake_by: Cell<Option<Instant>>,
    /// Counters the tracer reports: nextTicks and promise jobs run so far.
    pub ticks_run: Cell<u64>,
    /// The timeout whose callback is running (still "active" for Node).
    pub running_timeout: RefCell<Option<JsObject>>,
    /// The op whose completion is being delivered (still "active" for Node).
    pub running_op: Cell<Option<&'static str>>,
    /// Warnings Node emits once per process (e.g. `TimeoutNegativeWarning`), by name, once emitted.
    pub warned_once: RefCell<std::collections::HashSet<&'static str>>,
    /// A source of work outside the pool (the REPL's input), polled by the loop.
    pub feed: RefCell<Option<Rc<dyn crate::event_loop::Feed>>>,
    /// With an allow-list, the fds the script opened through `fs` and has
    /// not closed: the only ones (besides 0-2) its fs calls may use.
    pub script_fds: RefCell<std::collections::HashSet<i32>>,
}

impl Host {
    /// The host of `context`. Panics only if called on a context sous did not build.
    pub fn get(context: &Context) -> Rc<Host> {
        context
            .get_data::<Rc<Host>>()
            .expect("context built by sous")
            .clone()
    }

    /// Milliseconds on the loop clock, truncated as libuv's `uv_now`.
    pub fn now_ms(&self) -> u64 {
        self.origin.elapsed().as_millis() as u64
    }

    /// A fresh id for a timer or an immediate.
    pub fn next_id(&self) -> u32 {
        let id = self.next_id.get();
        self.next_id.set(id.wrapping_add(1).max(1));
        id
    }

    /// Whether the tracer is on (the one branch on hot paths).
    pub fn tracing(&self) -> bool {
        self.tracer.borrow().is_some()
    }

    /// Whether anything ref'd is pending: the loop's liveness.
    pub fn alive(&self) -> bool {
        self.timers.borrow().refed_count() > 0
            || self.immediates.borrow().refed > 0
            || self.refed_ops.get() > 0
            || self.feed().is_some_and(|f| f.refed())
    }

    /// True the first time `name` is asked for, false from then on: for once-per-process warnings.
    pub fn first_warning(&self, name: &'static str) -> bool {
        self.warned_once.borrow_mut().insert(name)
    }

    /// The loop's extra work source, if one is installed (cloned: no borrow held).
    pub fn feed(&self) -> Option<Rc<dyn crate::event_loop::Feed>> {
        self.feed.borrow().clone()
    }
}

impl Drop for Host {
    /// A sandboxed script's fds go with its runtime: they are the script's,
    /// and a host that runs many scripts must not collect them. (Pool jobs
    /// still running hold duplicates of their own.)
    fn drop(&mut self) {
        for fd in self.script_fds.get_mut().drain() {
            // SAFETY: the script opened `fd` through fs and has not closed it;
            // nothing else in the process owns it.
            unsafe { libc::close(fd) };
        }
    }
}
