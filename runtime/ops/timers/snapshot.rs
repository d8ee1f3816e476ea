//! What the loop has pending right now, as text: the REPL's `.loop`.
//!
//! Call [`snapshot`] with the host between callbacks (the REPL does, from a
//! line it was given); it only reads state, it runs no JavaScript:
//!
//! ```text
//! timers (2)
//!   #3   due in     18 ms              ref    at repl:1:1
//!   #5   due in    980 ms  every 1000  unref  at repl:2:1
//! immediates (1)
//!   #7   ref    at repl:3:1
//! pool jobs (1): worker 2 busy
//!   #4   readFile  on worker 2  ref
//! queues: 0 nextTicks, 1 promise jobs
//! ```
//! Where a timer was scheduled is only known when tracing is on.

use crate::host::Host;
use crate::ops::timers::{ImmediateData, TimeoutData};
use boa_engine::Context;
use std::fmt::Write;

/// The pending work of `host` as text (see the module docs).
pub fn snapshot(host: &Host) -> String {
    let mut out = String::new();
    timers(host, &mut out);
    immediates(host, &mut out);
    pool(host, &mut out);
    handles(host, &mut out);
    let ticks = host.kitchen.ticks.borrow().len();
    let jobs = host.kitchen.jobs.len();
    let _ = writeln!(out, "queues: {ticks} nextTicks, {jobs} promise jobs");
    out
}

/// [`snapshot`] for the host of `context`.
pub fn snapshot_of(context: &Context) -> String {
    snapshot(&Host::get(context))
}

/// The fds the loop watches: a pipe being read, a child process, a signal,
/// an fs watcher (`kitchen/io.rs`).
fn handles(host: &Host, out: &mut String) {
    let all = host.kitchen.watches.list();
    let _ = writeln!(out, "handles ({})", all.len());
    for (id, op, refed) in all {
        let _ = writeln!(
            out,
            "  #{id:<4} {op:<10} {}",
            if refed { "ref" } else { "unref" }
        );
    }
}

fn timers(host: &Host, out: &mut String) {
    let now = host.kitchen.now_ms();
    let mut rows = Vec::new();
    host.kitchen
        .timers
        .borrow()
        .for_each(|id, expiry, refed, obj| {
            let (repeat, at) = match obj.downcast_ref::<TimeoutData>() {
                Some(d) => {
                    let s = d.state.get();
                    (s.repeat.then_some(s.idle), d.scheduled_at.clone())
                }
                None => (None, None),
            };
            rows.push((expiry, id, refed, repeat, at));
        });
    rows.sort_by_key(|r| (r.0, r.1));
    let _ = writeln!(out, "timers ({})", rows.len());
    for (expiry, id, refed, repeat, at) in rows {
        let due = expiry.saturating_sub(now);
        let every = repeat.map(|r| format!("every {r}")).unwrap_or_default();
        let _ = writeln!(
            out,
            "  #{id:<4} due in {due:>6} ms  {every:<11} {:<5}{}",
            if refed { "ref" } else { "unref" },
            place(at.as_deref().map(String::as_str))
        );
    }
}

fn immediates(host: &Host, out: &mut String) {
    let queue: Vec<_> = host
        .kitchen
        .immediates
        .borrow()
        .queue
        .iter()
        .cloned()
        .collect();
    let mut rows = Vec::new();
    for obj in queue {
        if let Some(d) = obj.downcast_ref::<ImmediateData>() {
            if !d.destroyed.get() {
                rows.push((d.id, d.refed.get(), d.scheduled_at.clone()));
            }
        }
    }
    let _ = writeln!(out, "immediates ({})", rows.len());
    for (id, refed, at) in rows {
        let _ = writeln!(
            out,
            "  #{id:<4} {:<5}{}",
            if refed { "ref" } else { "unref" },
            place(at.as_deref())
        );
    }
}

fn pool(host: &Host, out: &mut String) {
    let running = host.kitchen.pool.running();
    let mut ops: Vec<(u64, &'static str, bool)> = host
        .kitchen
        .ops
        .borrow()
        .iter()
        .map(|(id, op)| (*id, op.op, op.refed))
        .collect();
    ops.sort_by_key(|o| o.0);
    let busy: Vec<String> = running
        .iter()
        .enumerate()
        .filter(|(_, r)| r.is_some())
        .map(|(i, _)| (i + 1).to_string())
        .collect();
    let _ = writeln!(
        out,
        "pool jobs ({}): {} of {} workers busy{}",
        ops.len(),
        busy.len(),
        host.kitchen.pool.size(),
        if busy.is_empty() {
            String::new()
        } else {
            format!(" ({})", busy.join(", "))
        }
    );
    for (id, op, refed) in ops {
        let state = match running.iter().position(|r| *r == Some(id)) {
            Some(w) => format!("on worker {}", w + 1),
            None => "queued or done, not delivered".to_string(),
        };
        let _ = writeln!(
            out,
            "  #{id:<4} {op:<10} {state}  {}",
            if refed { "ref" } else { "unref" }
        );
    }
}

fn place(at: Option<&str>) -> String {
    match at {
        Some(at) => format!("  at {}", crate::kitchen::trace::Stats::short(at)),
        None => String::new(),
    }
}
