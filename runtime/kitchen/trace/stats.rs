//! What both tracers remember between events, and the exit summary built
//! from it: callbacks by kind, the worst lateness, the callbacks that held
//! the loop longest, per-worker pool use, the peak of pending work.

use super::{ms, source_line, CallbackKind, CallbackStart, Pending, Phase, PoolTiming};
use super::{SourceLookup, BLOCKING};
use std::collections::HashMap;
use std::time::{Duration, Instant};

/// How many of the longest callbacks the summary lists.
const LONGEST: usize = 5;

/// The callback that is running (between `callback_start` and `callback_end`).
#[derive(Clone)]
pub struct Running {
    pub kind: CallbackKind,
    pub id: u64,
    pub phase: Option<Phase>,
    pub turn: u64,
    pub scheduled_at: Option<Box<str>>,
    pub delay_ms: Option<f64>,
    pub late: Duration,
    /// The pool job's detail (a path, ...) for completions.
    pub detail: Option<String>,
    /// When it started, on the tracer's clock.
    pub at: Duration,
}

/// A callback that has returned.
pub struct Finished {
    pub cb: Running,
    pub took: Duration,
    pub ticks: u64,
    pub jobs: u64,
}

impl Finished {
    pub fn blocked(&self) -> bool {
        self.took > BLOCKING
    }
}

/// One worker's share of the pool.
#[derive(Clone, Copy, Default)]
pub struct Worker {
    pub jobs: u64,
    pub busy: Duration,
}

pub struct Stats {
    pub start: Instant,
    pub lookup: Option<SourceLookup>,
    pub turn: u64,
    pub phase: Option<Phase>,
    pub slept: Duration,
    pub running: Option<Running>,
    /// Callbacks run, by kind, in order of first appearance.
    pub by_kind: Vec<(&'static str, u64)>,
    pub worst_late: Option<Running>,
    /// The longest callbacks, longest first.
    pub longest: Vec<(Duration, Running)>,
    pub blocked: u64,
    /// Indexed by worker number - 1.
    pub workers: Vec<Worker>,
    /// Details of submitted pool jobs until they are delivered.
    pub details: HashMap<u64, String>,
    pub submitted: u64,
    pub peak: Pending,
    pub peak_turn: u64,
}

impl Stats {
    pub fn new() -> Self {
        Self {
            start: Instant::now(),
            lookup: None,
            turn: 0,
            phase: None,
            slept: Duration::ZERO,
            running: None,
            by_kind: Vec::new(),
            worst_late: None,
            longest: Vec::new(),
            blocked: 0,
            workers: Vec::new(),
            details: HashMap::new(),
            submitted: 0,
            peak: Pending::default(),
            peak_turn: 0,
        }
    }

    /// Time since the tracer was made.
    pub fn now(&self) -> Duration {
        self.start.elapsed()
    }

    /// The source line at `location` (`file:line:col`), if known.
    pub fn source_line(&self, location: &str) -> Option<String> {
        source_line(self.lookup.as_ref(), location)
    }

    pub fn turn(&mut self, turn: u64, pending: &Pending) {
        self.turn = turn;
        self.phase = None;
        self.peak_pending(pending);
    }

    fn peak_pending(&mut self, pending: &Pending) {
        if pending.total() > self.peak.total() {
            self.peak = *pending;
            self.peak_turn = self.turn;
        }
    }

    pub fn callback_start(&mut self, cb: &CallbackStart<'_>) {
        let detail = match cb.kind {
            CallbackKind::Completion(_) => self.details.remove(&cb.id),
            _ => None,
        };
        self.running = Some(Running {
            kind: cb.kind,
            id: cb.id,
            phase: self.phase,
            turn: self.turn,
            scheduled_at: cb.scheduled_at.map(Box::from),
            delay_ms: cb.delay_ms,
            late: cb.late,
            detail,
            at: self.now(),
        });
    }

    /// Records the end of the running callback and returns it.
    pub fn callback_end(&mut self, took: Duration, ticks: u64, jobs: u64) -> Option<Finished> {
        let cb = self.running.take()?;
        let name = cb.kind.name();
        match self.by_kind.iter_mut().find(|(k, _)| *k == name) {
            Some((_, n)) => *n += 1,
            None => self.by_kind.push((name, 1)),
        }
        // Lateness only means something for what was due at a time.
        let timed = matches!(cb.kind, CallbackKind::Timeout | CallbackKind::Interval);
        if timed && self.worst_late.as_ref().is_none_or(|w| cb.late > w.late) {
            self.worst_late = Some(cb.clone());
        }
        if self.longest.len() < LONGEST || took > self.longest[LONGEST - 1].0 {
            let at = self.longest.partition_point(|(t, _)| *t >= took);
            self.longest.insert(at, (took, cb.clone()));
            self.longest.truncate(LONGEST);
        }
        if took > BLOCKING {
            self.blocked += 1;
        }
        Some(Finished {
            cb,
            took,
            ticks,
            jobs,
        })
    }

    /// Ends a callback that never returned to the loop (`process.exit()` or
    /// a fatal error inside it), so that the summary still counts it.
    pub fn close_running(&mut self) -> Option<Finished> {
        let at = self.running.as_ref()?.at;
        let took = self.now().saturating_sub(at);
        self.callback_end(took, 0, 0)
    }

    pub fn pool_submit(&mut self, id: u64, detail: &str) {
        self.submitted += 1;
        self.details.insert(id, detail.to_string());
    }

    pub fn pool_done(&mut self, timing: &PoolTiming) {
        let index = timing.worker.saturating_sub(1);
        if self.workers.len() <= index {
            self.workers.resize(index + 1, Worker::default());
        }
        let w = &mut self.workers[index];
        w.jobs += 1;
        w.busy += timing.finished.saturating_duration_since(timing.started);
    }

    /// A location as it is shown: relative to the working directory when under it.
    pub fn short(location: &str) -> String {
        // Boa names code without a file (eval, the REPL) "unknown at ".
        if let Some(rest) = location.strip_prefix("unknown at ") {
            return format!("<eval>{rest}");
        }
        let cwd = std::env::current_dir().unwrap_or_default();
        let cwd = cwd.to_string_lossy();
        match location.strip_prefix(cwd.as_ref()) {
            Some(rest) if rest.starts_with('/') => rest[1..].to_string(),
            _ => location.to_string(),
        }
    }

    /// The exit summary as text lines (no colors).
    pub fn summary_lines(&self, code: i32) -> Vec<String> {
        let wall = self.now();
        let mut out = Vec::new();
        out.push(format!(
            "exit code {code} after {:.1} ms: {} turns, slept {:.1} ms",
            ms(wall),
            self.turn,
            ms(self.slept)
        ));
        let kinds: Vec<String> = self
            .by_kind
            .iter()
            .map(|(k, n)| format!("{k} {n}"))
            .collect();
        let total: u64 = self.by_kind.iter().map(|(_, n)| n).sum();
        out.push(format!(
            "callbacks     {total}{}{}",
            if kinds.is_empty() { "" } else { ": " },
            kinds.join(", ")
        ));
        if let Some(w) = &self.worst_late {
            out.push(format!(
                "worst late    {:.1} ms  {}",
                ms(w.late),
                self.describe(w)
            ));
        }
        if !self.longest.is_empty() {
            out.push(format!(
                "longest       ({} blocked the loop > {} ms)",
                self.blocked,
                BLOCKING.as_millis()
            ));
            for (took, cb) in &self.longest {
                out.push(format!("  {:>9.3} ms  {}", ms(*took), self.describe(cb)));
                if let Some(line) = cb.scheduled_at.as_deref().and_then(|l| self.source_line(l)) {
                    out.push(format!("                | {line}"));
                }
            }
        }
        if self.submitted > 0 || !self.workers.is_empty() {
            out.push(format!("pool          {} jobs", self.submitted));
            for (i, w) in self.workers.iter().enumerate() {
                let share = if wall.is_zero() {
                    0.0
                } else {
                    100.0 * w.busy.as_secs_f64() / wall.as_secs_f64()
                };
                out.push(format!(
                    "  worker {:<3} {:>4} jobs  busy {:>9.3} ms  {:>5.1}%",
                    i + 1,
                    w.jobs,
                    ms(w.busy),
                    share
                ));
            }
        }
        let p = self.peak;
        out.push(format!(
            "peak pending  {} at turn {}: {} timers, {} immediates, {} pool jobs",
            p.total(),
            self.peak_turn,
            p.timers,
            p.immediates,
            p.pool
        ));
        out
    }

    /// `timeout #3 at main.js:4:1` / `readFile #2 notes.txt`.
    pub fn describe(&self, cb: &Running) -> String {
        let mut s = format!("{} #{}", cb.kind.name(), cb.id);
        if let Some(at) = &cb.scheduled_at {
            s.push_str(&format!(" at {}", Self::short(at)));
        }
        if let Some(d) = &cb.detail {
            s.push_str(&format!(" {}", Self::short(d)));
        }
        s
    }
}
