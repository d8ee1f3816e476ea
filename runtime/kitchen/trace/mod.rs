//! The loop's tracing hook, and the tracers sous ships.
//!
//! The event loop reports what it does through an optional `Tracer`: with
//! tracing off the hook is a `None` and every report site costs one branch.
//! `--trace-loop` installs a [`TimelineTracer`] (aligned text on stderr),
//! `--trace-loop=json` a [`JsonTracer`] (one JSON object per line); both end
//! with the same exit summary, gathered by `Stats`. The other view, what is
//! pending right now (the REPL's `.loop`), is `ops/timers/snapshot.rs`.

mod json;
mod stats;
mod timeline;

pub use json::JsonTracer;
pub(crate) use stats::Stats;
pub use timeline::TimelineTracer;

use std::rc::Rc;
use std::time::{Duration, Instant};

/// A callback blocking the loop longer than this is flagged in the timeline.
pub const BLOCKING: Duration = Duration::from_millis(50);

/// Finds the text of a file the runtime ran, by the path in `scheduled_at`.
pub type SourceLookup = Box<dyn Fn(&str) -> Option<Rc<str>>>;

/// What is pending when a turn begins.
#[derive(Clone, Copy, Debug, Default)]
pub struct Pending {
    /// Armed timers (ref'd or not).
    pub timers: usize,
    /// Queued immediates that will run.
    pub immediates: usize,
    /// Pool jobs not yet delivered.
    pub pool: usize,
    /// Watched fds: pipes, child processes, signals, fs watchers.
    pub handles: usize,
}

impl Pending {
    pub fn total(&self) -> usize {
        self.timers + self.immediates + self.pool + self.handles
    }
}

/// The phases of one loop turn, in Node's order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    Timers,
    Poll,
    Check,
    Close,
}

impl Phase {
    pub fn name(self) -> &'static str {
        match self {
            Phase::Timers => "timers",
            Phase::Poll => "poll",
            Phase::Check => "check",
            Phase::Close => "close",
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
    /// Called once, when the runtime is built: how to read the scripts'
    /// sources (for the source line of a callback that blocked the loop).
    fn sources(&mut self, _lookup: SourceLookup) {}
    fn turn(&mut self, _turn: u64, _pending: &Pending) {}
    fn phase(&mut self, _phase: Phase) {}
    fn slept(&mut self, _asked: Option<Duration>, _slept: Duration) {}
    fn callback_start(&mut self, _cb: &CallbackStart<'_>) {}
    /// The callback returned; `ticks` nextTicks and `jobs` promise jobs ran after it.
    fn callback_end(&mut self, _took: Duration, _ticks: u64, _jobs: u64) {}
    fn pool_submit(&mut self, _id: u64, _op: &'static str, _detail: &str) {}
    fn pool_done(&mut self, _id: u64, _op: &'static str, _timing: &PoolTiming) {}
    /// The process is exiting with `code`: the place for a summary.
    fn exit(&mut self, _code: i32) {}
}

/// The text on line `line` (1-based) of `path`, trimmed, if the runtime has it.
fn source_line(lookup: Option<&SourceLookup>, location: &str) -> Option<String> {
    let (path, line) = split_location(location)?;
    let text = lookup?(path)?;
    let line = text.lines().nth(line.checked_sub(1)?)?;
    Some(line.trim().to_string())
}

/// `("/a/b.js", 12)` from `"/a/b.js:12:5"`.
fn split_location(location: &str) -> Option<(&str, usize)> {
    let (rest, _col) = location.rsplit_once(':')?;
    let (path, line) = rest.rsplit_once(':')?;
    Some((path, line.parse().ok()?))
}

/// Milliseconds as a float, for printing.
fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locations_split_into_path_and_line() {
        assert_eq!(split_location("/a/b.js:12:5"), Some(("/a/b.js", 12)));
        assert_eq!(split_location("C:/x.js:3:1"), Some(("C:/x.js", 3)));
        assert_eq!(split_location("nowhere"), None);
        let lookup: SourceLookup =
            Box::new(|p| (p == "/f.js").then(|| Rc::from("one\n  two();\n")));
        assert_eq!(
            source_line(Some(&lookup), "/f.js:2:3").as_deref(),
            Some("two();")
        );
        assert_eq!(source_line(Some(&lookup), "/f.js:9:1"), None);
    }
}
