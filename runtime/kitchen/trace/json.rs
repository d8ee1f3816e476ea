//! `--trace-loop=json`: one JSON object per line, per event, for tools.
//!
//! Every object has `"event"` and `"t"` (ms since start, float). Events:
//! `turn` {turn, pending{timers,immediates,pool}}, `phase` {turn, phase},
//! `sleep` {asked_ms|null, slept_ms}, `callback_start` {kind, id, phase,
//! scheduled_at|null, delay_ms|null, late_ms}, `callback_end` {kind, id,
//! took_ms, ticks, jobs, blocked, source|null}, `pool_submit` {id, op,
//! detail}, `pool_done` {id, op, worker, queued_ms, ran_ms}, `exit` {code},
//! and last `summary` (the same figures as the text summary). `late_ms` is
//! how long after its due time a timer ran; for a pool completion, how long
//! its result waited after the worker finished. A callback cut short by
//! `process.exit()` gets a `callback_end` at exit with `"returned": false`.
//!
//! serde_json writes the objects: it escapes paths and source lines
//! correctly, and Boa already depends on it, so it adds no build time.

use super::stats::Stats;
use super::{CallbackStart, Pending, Phase, PoolTiming, SourceLookup, Tracer};
use serde_json::{json, Value};
use std::io::Write;
use std::time::Duration;

/// Milliseconds rounded to the microsecond: timings are not more precise than that.
fn ms(d: Duration) -> f64 {
    (super::ms(d) * 1000.0).round() / 1000.0
}

pub struct JsonTracer {
    out: std::io::BufWriter<Box<dyn Write>>,
    stats: Stats,
}

impl JsonTracer {
    pub fn new(out: Box<dyn Write>) -> Self {
        Self {
            out: std::io::BufWriter::new(out),
            stats: Stats::new(),
        }
    }

    /// JSON lines on the process's stderr.
    pub fn stderr() -> Self {
        Self::new(Box::new(crate::stdio::OrderedStderr))
    }

    /// Writes `{"event":..,"t":..,<body's fields>}`: event and time first
    /// for people reading the lines (serde_json's maps sort their keys).
    fn emit(&mut self, event: &str, body: Value) {
        let body = body.to_string();
        let rest = body.strip_prefix('{').unwrap_or("}");
        let sep = if rest == "}" { "" } else { "," };
        let t = ms(self.stats.now());
        let _ = writeln!(self.out, "{{\"event\":\"{event}\",\"t\":{t:.3}{sep}{rest}");
    }

    fn summary(&self, code: i32) -> Value {
        let s = &self.stats;
        let by_kind: serde_json::Map<String, Value> = s
            .by_kind
            .iter()
            .map(|(k, n)| (k.to_string(), json!(n)))
            .collect();
        let worst = s.worst_late.as_ref().map(|w| {
            json!({"kind": w.kind.name(), "id": w.id, "scheduled_at": w.scheduled_at.as_deref(), "late_ms": ms(w.late)})
        });
        let longest: Vec<Value> = s
            .longest
            .iter()
            .map(|(took, cb)| {
                let source = cb.scheduled_at.as_deref().and_then(|l| s.source_line(l));
                json!({"kind": cb.kind.name(), "id": cb.id, "scheduled_at": cb.scheduled_at.as_deref(),
                       "detail": cb.detail, "took_ms": ms(*took), "source": source})
            })
            .collect();
        let wall = s.now();
        let workers: Vec<Value> = s
            .workers
            .iter()
            .enumerate()
            .map(|(i, w)| {
                json!({"worker": i + 1, "jobs": w.jobs, "busy_ms": ms(w.busy),
                       "utilisation": (w.busy.as_secs_f64() / wall.as_secs_f64().max(1e-9) * 1e4).round() / 1e4})
            })
            .collect();
        json!({
            "code": code,
            "turns": s.turn,
            "slept_ms": ms(s.slept),
            "callbacks": by_kind,
            "worst_late": worst,
            "longest": longest,
            "blocked": s.blocked,
            "pool_jobs": s.submitted,
            "workers": workers,
            "peak_pending": {"total": s.peak.total(), "turn": s.peak_turn, "timers": s.peak.timers,
                             "immediates": s.peak.immediates, "pool": s.peak.pool,
                             "handles": s.peak.handles},
        })
    }
}

impl Tracer for JsonTracer {
    fn sources(&mut self, lookup: SourceLookup) {
        self.stats.lookup = Some(lookup);
    }

    fn turn(&mut self, turn: u64, p: &Pending) {
        self.stats.turn(turn, p);
        let pending = json!({"timers": p.timers, "immediates": p.immediates, "pool": p.pool});
        self.emit("turn", json!({"turn": turn, "pending": pending}));
    }

    fn phase(&mut self, phase: Phase) {
        self.stats.phase = Some(phase);
        self.emit(
            "phase",
            json!({"turn": self.stats.turn, "phase": phase.name()}),
        );
        if phase == Phase::Poll {
            let _ = self.out.flush();
        }
    }

    fn slept(&mut self, asked: Option<Duration>, slept: Duration) {
        self.stats.slept += slept;
        self.emit(
            "sleep",
            json!({"asked_ms": asked.map(ms), "slept_ms": ms(slept)}),
        );
    }

    fn callback_start(&mut self, cb: &CallbackStart<'_>) {
        self.stats.callback_start(cb);
        let phase = self.stats.phase.map(Phase::name);
        let detail = self.stats.running.as_ref().and_then(|r| r.detail.clone());
        self.emit(
            "callback_start",
            json!({"kind": cb.kind.name(), "id": cb.id, "phase": phase, "scheduled_at": cb.scheduled_at,
                   "detail": detail, "delay_ms": cb.delay_ms, "late_ms": ms(cb.late)}),
        );
    }

    fn callback_end(&mut self, took: Duration, ticks: u64, jobs: u64) {
        let Some(f) = self.stats.callback_end(took, ticks, jobs) else {
            return;
        };
        let source = if f.blocked() {
            f.cb.scheduled_at
                .as_deref()
                .and_then(|l| self.stats.source_line(l))
        } else {
            None
        };
        self.emit(
            "callback_end",
            json!({"kind": f.cb.kind.name(), "id": f.cb.id, "took_ms": ms(took), "ticks": ticks,
                   "jobs": jobs, "blocked": f.blocked(), "source": source}),
        );
    }

    fn pool_submit(&mut self, id: u64, op: &'static str, detail: &str) {
        self.stats.pool_submit(id, detail);
        self.emit("pool_submit", json!({"id": id, "op": op, "detail": detail}));
    }

    fn pool_done(&mut self, id: u64, op: &'static str, t: &PoolTiming) {
        self.stats.pool_done(t);
        let queued = t.started.saturating_duration_since(t.submitted);
        let ran = t.finished.saturating_duration_since(t.started);
        self.emit(
            "pool_done",
            json!({"id": id, "op": op, "worker": t.worker, "queued_ms": ms(queued), "ran_ms": ms(ran)}),
        );
    }

    fn exit(&mut self, code: i32) {
        if let Some(f) = self.stats.close_running() {
            self.emit(
                "callback_end",
                json!({"kind": f.cb.kind.name(), "id": f.cb.id, "took_ms": ms(f.took), "ticks": 0,
                       "jobs": 0, "blocked": f.blocked(), "source": null, "returned": false}),
            );
        }
        self.emit("exit", json!({ "code": code }));
        let summary = self.summary(code);
        self.emit("summary", summary);
        let _ = self.out.flush();
    }
}
