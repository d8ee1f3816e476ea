//! `--trace-loop`: the loop's timeline as aligned text, one line per event.
//!
//! ```text
//!     time  turn phase   event
//!    0.412     0 main    submit    readFile #1  recipe.txt
//!   20.318     1 timers  timeout   #1  kitchen.js:12:1  delay 20  late 0.3  took 0.210  ticks 0  jobs 2
//! ```
//! Times are milliseconds since start. A callback's line is written when it
//! returns (so it can say how long it took); pool jobs it submitted follow it.
//! Colors on a terminal unless `NO_COLOR` is set.

use super::stats::{Finished, Stats};
use super::{ms, CallbackStart, Pending, Phase, PoolTiming, SourceLookup, Tracer};
use std::io::{IsTerminal, Write};
use std::time::Duration;

const DIM: &str = "\x1b[2m";
const BOLD: &str = "\x1b[1m";
const YELLOW: &str = "\x1b[33m";
const RED: &str = "\x1b[31m";
const CYAN: &str = "\x1b[36m";
const RESET: &str = "\x1b[0m";

/// Lateness worth a color: the loop was busy or overslept.
const LATE: Duration = Duration::from_millis(5);

pub struct TimelineTracer {
    out: Box<dyn Write>,
    color: bool,
    /// Flush after every line (a terminal, where trace and output interleave).
    eager: bool,
    stats: Stats,
    /// Lines about work started inside the running callback, printed after it.
    inner: Vec<String>,
    header: bool,
}

impl TimelineTracer {
    /// A timeline on `out`, colored if `color`.
    pub fn new(out: Box<dyn Write>, color: bool) -> Self {
        Self {
            out,
            color,
            eager: false,
            stats: Stats::new(),
            inner: Vec::new(),
            header: false,
        }
    }

    /// A timeline on the process's stderr: colored on a terminal unless
    /// `NO_COLOR` is set, and flushed line by line there.
    pub fn stderr() -> Self {
        let tty = std::io::stderr().is_terminal();
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        let mut t = Self::new(Box::new(crate::stdio::OrderedStderr), tty && !no_color);
        t.eager = tty;
        t
    }

    fn paint(&self, color: &'static str, text: &str) -> String {
        if self.color {
            format!("{color}{text}{RESET}")
        } else {
            text.to_string()
        }
    }

    /// The time, turn and phase columns.
    fn prefix(&self, at: Duration, turn: u64, phase: Option<Phase>) -> String {
        let phase = match (turn, phase) {
            (0, _) => "main",
            (_, Some(p)) => p.name(),
            (_, None) => "",
        };
        let cols = format!("{:>9.3} {:>5} {:<7}", ms(at), turn, phase);
        self.paint(DIM, &cols)
    }

    fn line(&mut self, text: &str) {
        if !self.header {
            self.header = true;
            let head = format!(
                "{:>9} {:>5} {:<7} event   (ms since start; late = after its due time; took = the callback's run time)",
                "time", "turn", "phase"
            );
            let head = self.paint(BOLD, &head);
            let _ = writeln!(self.out, "{head}");
        }
        let _ = writeln!(self.out, "{text}");
        if self.eager {
            let _ = self.out.flush();
        }
    }

    fn here(&self) -> String {
        self.prefix(self.stats.now(), self.stats.turn, self.stats.phase)
    }

    fn callback_line(&self, f: &Finished) -> Vec<String> {
        let cb = &f.cb;
        let mut s = format!(
            "{} {:<10} #{:<4}",
            self.prefix(cb.at, cb.turn, cb.phase),
            cb.kind.name(),
            cb.id
        );
        let place = cb
            .scheduled_at
            .as_deref()
            .map(Stats::short)
            .or_else(|| cb.detail.as_deref().map(Stats::short))
            .unwrap_or_default();
        s.push_str(&format!(" {place:<26}"));
        // Fixed-width delay and late columns (blank for what had no due
        // time), so that "took" lines up on every callback line.
        let delay = cb
            .delay_ms
            .map(|d| format!("delay {d}"))
            .unwrap_or_default();
        s.push_str(&format!(" {delay:<10}"));
        let late = match cb.delay_ms {
            Some(_) => format!("late {:.1}", ms(cb.late)),
            None => String::new(),
        };
        let late_col = format!("{late:<11}");
        if cb.late > LATE && cb.delay_ms.is_some() {
            s.push_str(&format!(" {}", self.paint(YELLOW, &late_col)));
        } else {
            s.push_str(&format!(" {late_col}"));
        }
        let took = format!("took {:<9.3}", ms(f.took));
        let took = if f.blocked() {
            self.paint(RED, &took)
        } else {
            took
        };
        s.push_str(&format!(" {took} ticks {:<3} jobs {}", f.ticks, f.jobs));
        if f.blocked() {
            s.push_str(&self.paint(RED, "  <- BLOCKED the loop"));
        }
        let mut lines = vec![s];
        if f.blocked() {
            if let Some(src) = cb
                .scheduled_at
                .as_deref()
                .and_then(|l| self.stats.source_line(l))
            {
                lines.push(format!("{:>23}| {}", "", self.paint(RED, &src)));
            }
        }
        lines
    }
}

impl Tracer for TimelineTracer {
    fn sources(&mut self, lookup: SourceLookup) {
        self.stats.lookup = Some(lookup);
    }

    fn turn(&mut self, turn: u64, pending: &Pending) {
        self.stats.turn(turn, pending);
        let text = format!(
            "{} {}",
            self.here(),
            self.paint(
                CYAN,
                &format!(
                    "turn {turn}: {} timers, {} immediates, {} pool jobs{} pending",
                    pending.timers,
                    pending.immediates,
                    pending.pool,
                    match pending.handles {
                        0 => String::new(),
                        n => format!(", {n} handles"),
                    }
                )
            )
        );
        self.line(&text);
    }

    fn phase(&mut self, phase: Phase) {
        self.stats.phase = Some(phase);
        if phase == Phase::Poll && !self.eager {
            // The loop may sleep now: let a reader see what happened so far.
            let _ = self.out.flush();
        }
    }

    fn slept(&mut self, asked: Option<Duration>, slept: Duration) {
        self.stats.slept += slept;
        let asked = asked.map(ms);
        // A poll that did not wait is not news.
        if slept < Duration::from_micros(100) && asked.is_none_or(|a| a < 0.1) {
            return;
        }
        let asked = match asked {
            Some(a) => format!("asked {a:.1}"),
            None => "no timer: until a pool job finishes".into(),
        };
        let text = format!("{} slept {:.3} ms ({asked})", self.here(), ms(slept));
        self.line(&text);
    }

    fn callback_start(&mut self, cb: &CallbackStart<'_>) {
        self.stats.callback_start(cb);
    }

    fn callback_end(&mut self, took: Duration, ticks: u64, jobs: u64) {
        if let Some(f) = self.stats.callback_end(took, ticks, jobs) {
            for l in self.callback_line(&f) {
                self.line(&l);
            }
        }
        for l in std::mem::take(&mut self.inner) {
            self.line(&l);
        }
    }

    fn pool_submit(&mut self, id: u64, op: &'static str, detail: &str) {
        self.stats.pool_submit(id, detail);
        let text = format!(
            "{} submit     {op} #{id}  {}",
            self.here(),
            Stats::short(detail)
        );
        if self.stats.running.is_some() {
            self.inner.push(text);
        } else {
            self.line(&text);
        }
    }

    fn pool_done(&mut self, id: u64, op: &'static str, t: &PoolTiming) {
        self.stats.pool_done(t);
        let queued = t.started.saturating_duration_since(t.submitted);
        let ran = t.finished.saturating_duration_since(t.started);
        let detail = self
            .stats
            .details
            .get(&id)
            .map(|d| Stats::short(d))
            .unwrap_or_default();
        let text = format!(
            "{} worker {:<3} {op} #{id}  queued {:.3}  ran {:.3}  {detail}",
            self.here(),
            t.worker,
            ms(queued),
            ms(ran)
        );
        self.line(&text);
    }

    fn exit(&mut self, code: i32) {
        if let Some(f) = self.stats.close_running() {
            for l in self.callback_line(&f) {
                self.line(&format!("{l}  (did not return: the process exited)"));
            }
        }
        let rule = self.paint(BOLD, "── loop summary ──");
        self.line(&rule);
        for l in self.stats.summary_lines(code) {
            self.line(&l);
        }
        let _ = self.out.flush();
    }
}
