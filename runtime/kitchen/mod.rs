//! The kitchen: the event loop and what it waits on, the bottom layer.
//!
//! One cook (the main thread), an oven and helpers (the reactor and the
//! pool), and a callback for each "when it's done". This layer owns the
//! reactor, the worker pool, the timer heap, the immediate, nextTick and
//! promise-job queues, the loop's phases and the tracing hook. It knows no
//! Node module: it runs JavaScript callbacks and asks the layers above
//! through two small interfaces (and lets them hand it fds to watch, see
//! `io.rs`):
//!
//! - [`Hooks`], set when the runtime is built: what to do when a callback
//!   throws, with unhandled rejections after a drain, and before sleeping;
//! - [`Runners`], set by the module that owns the `Timeout` and
//!   `Immediate` objects: how to run a due timer or a queued immediate.

pub mod io;
pub mod jobs;
mod phases;
pub mod pool;
pub mod reactor;
pub mod timer_heap;
pub mod trace;

pub use phases::{call_js, drain, register_op, step, submit};

use boa_engine::{Context, JsError, JsObject, JsValue};
use jobs::JobQueue;
use pool::Pool;
use reactor::Reactor;
use std::cell::{Cell, RefCell};
use std::collections::{HashMap, VecDeque};
use std::rc::Rc;
use std::sync::atomic::AtomicBool;
use std::sync::Arc;
use std::time::Instant;
use timer_heap::TimerHeap;
use trace::Tracer;

/// Why the loop stops before running out of work.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stop {
    /// `process.exit(code)` ran, or a fatal error was handled: `'exit'`
    /// was already emitted (or, as Node does in some fatal cases, skipped).
    Exit(i32),
}

/// The result of running JavaScript from the loop: go on, or stop.
pub type Flow = Result<(), Stop>;

/// The error `process.exit()` unwinds the JavaScript stack with. Boa's
/// engine errors cannot be caught by `try`/`finally`, which is exactly
/// `process.exit()`'s behaviour: nothing after it runs.
pub fn exit_unwind() -> JsError {
    boa_engine::error::PanicError::new("process.exit").into()
}

/// What the loop asks of the layers above it (the process lifecycle).
pub trait Hooks {
    /// A callback threw and nothing caught it (`microtask`: it was a
    /// `queueMicrotask` callback or a promise job).
    fn uncaught(&self, context: &mut Context, error: JsError, microtask: bool) -> Flow;
    /// After a drain: deals with the promises rejected with no handler;
    /// `true` if there were any (their listeners may have queued work).
    fn rejections(&self, context: &mut Context) -> Result<bool, Stop>;
    /// The loop is about to sleep: the place to flush buffered output.
    fn before_sleep(&self, context: &mut Context);
    /// The reactor failed: report it; the loop then stops with code 1.
    fn poll_failed(&self, context: &mut Context, error: &std::io::Error);
}

/// Runs one due handle (a `Timeout`, an `Immediate`) that a module queued;
/// `now` is the loop time the phase began at.
pub type RunHandle = fn(&Kitchen, &mut Context, &JsObject, u64) -> Flow;

/// How the loop runs the handles on its timer heap and immediate queue:
/// registered by the module that makes them.
#[derive(Clone, Copy)]
pub struct Runners {
    pub timer: RunHandle,
    pub immediate: RunHandle,
}

/// Work that reaches the loop from outside the pool: the REPL's typed lines.
/// Its thread sends plain data over a channel and wakes the reactor (as a
/// pool worker does); the poll phase then calls `deliver` on the main thread.
pub trait Feed {
    /// Whether it keeps the loop alive (a REPL waiting at its prompt does).
    fn refed(&self) -> bool;
    /// Whether it has work right now: the poll phase must not sleep.
    fn ready(&self) -> bool;
    /// Runs what has arrived (a line: evaluate it, print the result).
    fn deliver(&self, context: &mut Context) -> Flow;
    /// An uncaught error (`rejection`: an unhandled rejection's reason) while
    /// the feed is active; `true` if it reported it itself (the REPL prints
    /// `Uncaught ...` and goes on).
    fn uncaught(&self, context: &mut Context, error: &JsValue, rejection: bool) -> bool;
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

/// The loop's state. Every field is a `Cell`/`RefCell` because callbacks
/// re-enter: never hold a borrow across a call into JavaScript.
pub struct Kitchen {
    /// The loop clock's zero: timer expiries are milliseconds since this.
    pub origin: Instant,
    pub timers: RefCell<TimerHeap<JsObject>>,
    pub immediates: RefCell<Immediates>,
    /// Close callbacks of handles closed since the last close phase (libuv's closing
    /// handles): they keep the loop alive one more turn, as in Node.
    pub closing: RefCell<VecDeque<JsObject>>,
    pub ticks: RefCell<VecDeque<Tick>>,
    pub jobs: Rc<JobQueue>,
    pub ops: RefCell<HashMap<u64, PendingOp>>,
    pub refed_ops: Cell<usize>,
    pub next_op_id: Cell<u64>,
    pub pool: Pool,
    pub reactor: RefCell<Reactor>,
    /// Set by `process.exit()`: the loop stops and the process exits with it.
    pub exit: Cell<Option<i32>>,
    pub tracer: RefCell<Option<Box<dyn Tracer>>>,
    /// Loop turns so far.
    pub turns: Cell<u64>,
    /// Time spent waiting in the poll phase, for `performance.eventLoopUtilization`.
    pub idle: Cell<std::time::Duration>,
    /// Set from another thread to stop the loop (`InterruptHandle`).
    pub interrupt: Arc<AtomicBool>,
    /// A host's deadline for the current `poll` (`run_until`).
    pub wake_by: Cell<Option<Instant>>,
    /// Counters the tracer reports: nextTicks run so far.
    pub ticks_run: Cell<u64>,
    /// The op whose completion is being delivered (still "active" for Node).
    pub running_op: Cell<Option<&'static str>>,
    /// A source of work outside the pool (the REPL's input), polled by the loop.
    pub feed: RefCell<Option<Rc<dyn Feed>>>,
    /// The fds the rooms above watch (pipes, terminals), see `io.rs`.
    pub watches: io::Watches,
    hooks: Box<dyn Hooks>,
    runners: Cell<Option<Runners>>,
}

impl Kitchen {
    /// An empty loop with a pool of `pool_size` workers.
    pub fn new(
        pool_size: usize,
        hooks: Box<dyn Hooks>,
        tracer: Option<Box<dyn Tracer>>,
    ) -> std::io::Result<Self> {
        let reactor = Reactor::new()?;
        let pool = Pool::new(pool_size, reactor.waker());
        Ok(Kitchen {
            origin: Instant::now(),
            timers: RefCell::new(TimerHeap::default()),
            immediates: RefCell::default(),
            closing: RefCell::default(),
            ticks: RefCell::default(),
            jobs: Rc::new(JobQueue::default()),
            ops: RefCell::default(),
            refed_ops: Cell::new(0),
            next_op_id: Cell::new(1),
            pool,
            reactor: RefCell::new(reactor),
            exit: Cell::new(None),
            tracer: RefCell::new(tracer),
            turns: Cell::new(0),
            idle: Cell::new(std::time::Duration::ZERO),
            interrupt: Arc::default(),
            wake_by: Cell::new(None),
            ticks_run: Cell::new(0),
            running_op: Cell::new(None),
            feed: RefCell::new(None),
            watches: io::Watches::default(),
            hooks,
            runners: Cell::new(None),
        })
    }

    /// Registers how due timers and queued immediates are run.
    pub fn set_runners(&self, runners: Runners) {
        self.runners.set(Some(runners));
    }

    /// Milliseconds on the loop clock, truncated as libuv's `uv_now`.
    pub fn now_ms(&self) -> u64 {
        self.origin.elapsed().as_millis() as u64
    }

    /// Whether the tracer is on (the one branch on hot paths).
    pub fn tracing(&self) -> bool {
        self.tracer.borrow().is_some()
    }

    /// Calls `f` with the tracer, if one is installed.
    pub fn trace(&self, f: impl FnOnce(&mut dyn Tracer)) {
        if let Some(t) = self.tracer.borrow_mut().as_deref_mut() {
            f(t);
        }
    }

    /// Whether anything ref'd is pending: the loop's liveness.
    pub fn alive(&self) -> bool {
        self.timers.borrow().refed_count() > 0
            || self.immediates.borrow().refed > 0
            || !self.closing.borrow().is_empty()
            || self.refed_ops.get() > 0
            || self.watches.refed() > 0
            || self.feed().is_some_and(|f| f.refed())
    }

    /// The loop's extra work source, if one is installed (cloned: no borrow held).
    pub fn feed(&self) -> Option<Rc<dyn Feed>> {
        self.feed.borrow().clone()
    }

    /// `true` if `err` is `process.exit()` unwinding rather than a real error.
    pub fn is_exit_unwind(&self, err: &JsError) -> bool {
        self.exit.get().is_some() && err.as_engine().is_some()
    }
}
