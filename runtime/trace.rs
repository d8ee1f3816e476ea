//! The loop's tracing hook.
//!
//! The event loop reports what it does through an optional `Tracer`: with
//! tracing off the hook is a `None` and every report site costs one branch.
//! `--trace-loop` installs a tracer that prints the timeline.

use std::time::{Duration, Instant};

/// The phases of one loop turn, in Node's order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    Timers,
    Poll,
    Check,
}

impl Phase {
    pub fn name(self) -> &'static str {
        match self {
            Phase::Timers => "timers",
            Phase::Poll => "poll",
            Phase::Check => "check",
        }
    }
}

/// What kind of callback the loop is about to run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CallbackKind {
    Timeout,
    Interval,
    Immediate,
    /// A pool completion; the name is the operation (`readFile`, a host op, ...).
    Completion(&'static str),
}

impl CallbackKind {
    pub fn name(self) -> &'static str {
        match self {
            CallbackKind::Timeout => "timeout",
            CallbackKind::Interval => "interval",
            CallbackKind::Immediate => "immediate",
            CallbackKind::Completion(op) => op,
        }
    }
}

/// When a pool job was queued, started and finished, and on which worker.
#[derive(Clone, Copy, Debug)]
pub struct PoolTiming {
    pub worker: usize,
    pub submitted: Instant,
    pub started: Instant,
    pub finished: Instant,
}

/// A callback about to run.
pub struct CallbackStart<'a> {
    pub kind: CallbackKind,
    pub id: u64,
    /// `file:line:col` where it was scheduled, when known.
    pub scheduled_at: Option<&'a str>,
    /// The delay asked for (timers only).
    pub delay_ms: Option<f64>,
    /// How long after its due time it runs.
    pub late: Duration,
}

/// Receives the loop's events. Every method has an empty default.
pub trait Tracer {
    fn turn(&mut self, _turn: u64) {}
    fn phase(&mut self, _phase: Phase) {}
    fn slept(&mut self, _asked: Option<Duration>, _slept: Duration) {}
    fn callback_start(&mut self, _cb: &CallbackStart<'_>) {}
    /// The callback returned; `ticks` nextTicks and `jobs` promise jobs ran after it.
    fn callback_end(&mut self, _took: Duration, _ticks: u64, _jobs: u64) {}
    fn pool_submit(&mut self, _id: u64, _op: &'static str, _detail: &str) {}
    fn pool_done(&mut self, _id: u64, _op: &'static str, _timing: &PoolTiming) {}
    fn exit(&mut self, _code: i32) {}
}
