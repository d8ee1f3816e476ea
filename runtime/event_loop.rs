//! The event loop: Node's phases on a mio reactor.
//!
//! ```text
//! run script ─► drain
//! while anything ref'd is pending:
//!   timers : every timer due now, in (expiry, creation) order ─► drain after EACH
//!   poll   : sleep until the next timer (not at all if immediates wait),
//!            then every pool completion ─► drain after EACH
//!   check  : the immediates queued before this phase began ─► drain after EACH
//! beforeExit (may schedule more, then the loop goes on) ─► exit
//! ```
//! "drain" is Node's `processTicksAndRejections`: all nextTicks, then all
//! promise jobs, until both are empty, then the unhandled-rejection check.

use crate::host::{Host, PendingOp};
use crate::lifecycle::{self, Flow, Stop};
use crate::ops::timers::{rearm, take_immediate, TimeoutData};
use crate::trace::{CallbackKind, CallbackStart, Phase};
use boa_engine::{Context, JsObject, JsResult, JsValue};
use std::time::{Duration, Instant};

/// Work that reaches the loop from outside the pool: the REPL's typed lines.
/// Its thread sends plain data over a channel and wakes the reactor (as a
/// pool worker does); the poll phase then calls `deliver` on the main thread.
pub trait Feed {
    /// Whether it keeps the loop alive (a REPL waiting at its prompt does).
    fn refed(&self) -> bool;
    /// Whether it has work right now: the poll phase must not sleep.
    fn ready(&self) -> bool;
    /// Runs what has arrived (a line: evaluate it, print the result).
    fn deliver(&self, host: &Host, context: &mut Context) -> Flow;
    /// An uncaught error (`rejection`: an unhandled rejection's reason) while
    /// the feed is active; `true` if it reported it itself (the REPL prints
    /// `Uncaught ...` and goes on).
    fn uncaught(&self, context: &mut Context, error: &JsValue, rejection: bool) -> bool;
}

/// One turn of the loop: timers, poll, check.
pub fn step(host: &Host, context: &mut Context) -> Flow {
    let turn = host.turns.get() + 1;
    host.turns.set(turn);
    if host.tracing() {
        let pending = crate::trace::Pending {
            timers: host.timers.borrow().len(),
            immediates: host.immediates.borrow().queue.len(),
            pool: host.ops.borrow().len(),
        };
        trace(host, |t| t.turn(turn, &pending));
    }
    run_timers(host, context)?;
    poll(host, context)?;
    run_immediates(host, context)
}

fn trace(host: &Host, f: impl FnOnce(&mut dyn crate::trace::Tracer)) {
    if let Some(t) = host.tracer.borrow_mut().as_deref_mut() {
        f(t);
    }
}

/// Timers phase: every timer due at the phase's start time. A timer armed by
/// a callback has a later expiry, so it waits for the next turn as in Node.
fn run_timers(host: &Host, context: &mut Context) -> Flow {
    trace(host, |t| t.phase(Phase::Timers));
    let now = host.now_ms();
    loop {
        let due = host.timers.borrow_mut().pop_due(now);
        let Some((_, obj)) = due else {
            return Ok(());
        };
        run_timeout(host, context, &obj, now)?;
    }
}

fn run_timeout(host: &Host, context: &mut Context, obj: &JsObject, now: u64) -> Flow {
    let (callback, args, state, kind) = {
        let Some(data) = obj.downcast_ref::<TimeoutData>() else {
            return Ok(());
        };
        let s = data.state.get();
        let kind = if s.repeat {
            CallbackKind::Interval
        } else {
            CallbackKind::Timeout
        };
        if host.tracing() {
            let late = Duration::from_millis(now.saturating_sub(s.start + s.after()));
            let info = CallbackStart {
                kind,
                id: s.id as u64,
                scheduled_at: data.scheduled_at.as_deref().map(String::as_str),
                delay_ms: Some(s.idle),
                late,
            };
            trace(host, |t| t.callback_start(&info));
        }
        (data.callback.clone(), data.args.clone(), s, kind)
    };
    // An interval's next run counts from the start of this one (Node's
    // `start = getLibuvNow()` before the call): no drift, no catch-up burst.
    let start = host.now_ms();
    // Node counts a timeout as active while its callback runs.
    *host.running_timeout.borrow_mut() = Some(obj.clone());
    let result = call_js(host, context, &callback, &obj.clone().into(), &args, kind);
    host.running_timeout.borrow_mut().take();
    // Settle the timer before reporting an error: an interval that throws is
    // still rescheduled, a timeout is done either way.
    let after = obj.downcast_ref::<TimeoutData>().map(|d| d.state.get());
    if let Some(after) = after {
        let cleared = after.idle < 0.0;
        let rearmed = crate::ops::timers::is_armed(obj);
        if state.repeat && !cleared && !rearmed {
            rearm(host, obj, start);
        } else if !rearmed && !after.destroyed {
            if let Some(data) = obj.downcast_ref::<TimeoutData>() {
                let mut s = data.state.get();
                s.destroyed = true;
                data.state.set(s);
                if s.has_primitive {
                    host.known_timers.borrow_mut().remove(&s.id);
                }
            }
        }
    }
    result
}

/// Calls one macrotask callback, reports what it threw, then drains.
pub fn call_js(
    host: &Host,
    context: &mut Context,
    callback: &JsValue,
    this: &JsValue,
    args: &[JsValue],
    kind: CallbackKind,
) -> Flow {
    let tracing = host.tracing();
    let began = tracing.then(|| (Instant::now(), host.ticks_run.get(), host.jobs.run.get()));
    let result = match callback.as_callable() {
        Some(f) => f.call(this, args, context).map(|_| ()),
        None => Ok(()),
    };
    let _ = kind;
    if let Err(err) = result {
        lifecycle::uncaught(host, context, err, "uncaughtException")?;
    }
    let flow = drain(host, context);
    if let Some((at, ticks, jobs)) = began {
        let took = at.elapsed();
        let ticks = host.ticks_run.get() - ticks;
        let jobs = host.jobs.run.get() - jobs;
        trace(host, |t| t.callback_end(took, ticks, jobs));
    }
    flow
}

/// Node's `processTicksAndRejections`: nextTicks, then promise jobs, until
/// both queues are empty; then unhandled rejections.
pub fn drain(host: &Host, context: &mut Context) -> Flow {
    loop {
        loop {
            let tick = host.ticks.borrow_mut().pop_front();
            let Some(tick) = tick else { break };
            host.ticks_run.set(host.ticks_run.get() + 1);
            if let Err(err) = tick
                .callback
                .call(&JsValue::undefined(), &tick.args, context)
            {
                lifecycle::uncaught(host, context, err, "uncaughtException")?;
            }
        }
        while let Some(result) = host.jobs.run_one(context) {
            if let Err(err) = result {
                lifecycle::uncaught_in_microtask(host, context, err)?;
            }
            // A nextTick queued by a promise job waits for the promise queue
            // to empty (Node: "tick from p1" after "p3 from p1").
        }
        context.clear_kept_objects();
        if host.ticks.borrow().is_empty() && !lifecycle::process_rejections(host, context)? {
            return Ok(());
        }
    }
}

/// Poll phase: sleep until the next timer is due (or a completion wakes us),
/// then deliver every completion that has arrived.
fn poll(host: &Host, context: &mut Context) -> Flow {
    trace(host, |t| t.phase(Phase::Poll));
    // Ref'd immediates waiting, work from the feed (the REPL), or nothing
    // left to wait for (the timers phase may have run the last timer):
    // look for completions, don't sleep.
    let feed = host.feed();
    let deadline = if host.immediates.borrow().refed > 0
        || !host.alive()
        || feed.as_ref().is_some_and(|f| f.ready())
    {
        Some(Instant::now())
    } else {
        let next = host.timers.borrow_mut().next_expiry();
        next.map(|ms| host.origin + Duration::from_millis(ms))
    };
    // A host driving the loop with a deadline (`run_until`) wakes by then.
    let deadline = match (deadline, host.wake_by.get()) {
        (Some(d), Some(w)) => Some(d.min(w)),
        (d, w) => d.or(w),
    };
    host.stdio.borrow_mut().flush();
    let slept_from = Instant::now();
    if let Err(e) = host.reactor.borrow_mut().wait(deadline) {
        let msg = format!("sous: the event loop's poll failed: {e}\n");
        host.stdio.borrow_mut().err(msg.as_bytes());
        return Err(Stop::Exit(1));
    }
    if host.tracing() {
        let asked = deadline.map(|d| d.saturating_duration_since(slept_from));
        let slept = slept_from.elapsed();
        trace(host, |t| t.slept(asked, slept));
    }
    deliver_completions(host, context)?;
    match feed {
        Some(feed) => feed.deliver(host, context),
        None => Ok(()),
    }
}

fn deliver_completions(host: &Host, context: &mut Context) -> Flow {
    while let Some(done) = host.pool.try_recv() {
        let pending = host.ops.borrow_mut().remove(&done.id);
        let Some(PendingOp { handler, op, refed }) = pending else {
            continue;
        };
        if refed {
            host.refed_ops.set(host.refed_ops.get() - 1);
        }
        trace(host, |t| t.pool_done(done.id, op, &done.timing));
        let kind = CallbackKind::Completion(op);
        if host.tracing() {
            let info = CallbackStart {
                kind,
                id: done.id,
                scheduled_at: None,
                delay_ms: None,
                late: done.timing.finished.elapsed(),
            };
            trace(host, |t| t.callback_start(&info));
        }
        let began = Instant::now();
        let (ticks, jobs) = (host.ticks_run.get(), host.jobs.run.get());
        // Node counts a request as active while its callback runs.
        host.running_op.set(Some(op));
        let delivered = done.result.deliver(handler, context);
        host.running_op.set(None);
        if let Err(err) = delivered {
            lifecycle::uncaught(host, context, err, "uncaughtException")?;
        }
        let flow = drain(host, context);
        let took = began.elapsed();
        let (ticks, jobs) = (host.ticks_run.get() - ticks, host.jobs.run.get() - jobs);
        trace(host, |t| t.callback_end(took, ticks, jobs));
        flow?;
    }
    Ok(())
}

/// Check phase: the immediates queued before it began. Those they queue
/// wait for the next turn.
fn run_immediates(host: &Host, context: &mut Context) -> Flow {
    trace(host, |t| t.phase(Phase::Check));
    let count = host.immediates.borrow().queue.len();
    for _ in 0..count {
        let next = host.immediates.borrow_mut().queue.pop_front();
        let Some(obj) = next else { break };
        let Some((callback, args)) = take_immediate(host, &obj) else {
            continue;
        };
        if host.tracing() {
            if let Some(data) = obj.downcast_ref::<crate::ops::timers::ImmediateData>() {
                let info = CallbackStart {
                    kind: CallbackKind::Immediate,
                    id: data.id as u64,
                    scheduled_at: data.scheduled_at.as_deref(),
                    delay_ms: None,
                    late: Duration::ZERO,
                };
                trace(host, |t| t.callback_start(&info));
            }
        }
        call_js(
            host,
            context,
            &callback,
            &obj.clone().into(),
            &args,
            CallbackKind::Immediate,
        )?;
    }
    Ok(())
}

/// Queues `work` on the pool; `handler` gets the result on the main thread.
pub fn submit(
    host: &Host,
    op: &'static str,
    detail: &str,
    handler: JsValue,
    work: crate::pool::Work,
) -> JsResult<u64> {
    let id = register_op(host, op, handler);
    trace(host, |t| t.pool_submit(id, op, detail));
    host.pool.submit(id, work);
    Ok(id)
}

/// Records an operation the loop waits for (it keeps the process alive);
/// its completion arrives through the pool's channel under the returned id.
pub fn register_op(host: &Host, op: &'static str, handler: JsValue) -> u64 {
    let id = host.next_op_id.get();
    host.next_op_id.set(id + 1);
    host.ops.borrow_mut().insert(
        id,
        PendingOp {
            handler,
            op,
            refed: true,
        },
    );
    host.refed_ops.set(host.refed_ops.get() + 1);
    id
}
