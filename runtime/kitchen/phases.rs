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

use super::io::{Progress, Ready, WatchId, CALLS_PER_TURN};
use super::trace::{CallbackKind, CallbackStart, Phase};
use super::{Flow, Kitchen, PendingOp, Stop};
use boa_engine::{Context, JsResult, JsValue};
use std::time::{Duration, Instant};

/// One turn of the loop: timers, poll, check.
pub fn step(kitchen: &Kitchen, context: &mut Context) -> Flow {
    let turn = kitchen.turns.get() + 1;
    kitchen.turns.set(turn);
    if kitchen.tracing() {
        let pending = super::trace::Pending {
            timers: kitchen.timers.borrow().len(),
            immediates: kitchen.immediates.borrow().queue.len(),
            pool: kitchen.ops.borrow().len(),
            handles: kitchen.watches.list().len(),
        };
        kitchen.trace(|t| t.turn(turn, &pending));
    }
    run_timers(kitchen, context)?;
    poll(kitchen, context)?;
    run_immediates(kitchen, context)?;
    run_close_callbacks(kitchen, context)
}

/// Timers phase: every timer due at the phase's start time. A timer armed by
/// a callback has a later expiry, so it waits for the next turn as in Node.
fn run_timers(kitchen: &Kitchen, context: &mut Context) -> Flow {
    kitchen.trace(|t| t.phase(Phase::Timers));
    let now = kitchen.now_ms();
    loop {
        let due = kitchen.timers.borrow_mut().pop_due(now);
        let Some((_, obj)) = due else {
            return Ok(());
        };
        if let Some(runners) = kitchen.runners.get() {
            (runners.timer)(kitchen, context, &obj, now)?;
        }
    }
}

/// Calls one macrotask callback, reports what it threw, then drains.
pub fn call_js(
    kitchen: &Kitchen,
    context: &mut Context,
    callback: &JsValue,
    this: &JsValue,
    args: &[JsValue],
) -> Flow {
    let tracing = kitchen.tracing();
    let began = tracing.then(|| {
        (
            Instant::now(),
            kitchen.ticks_run.get(),
            kitchen.jobs.run.get(),
        )
    });
    let result = match callback.as_callable() {
        Some(f) => f.call(this, args, context).map(|_| ()),
        None => Ok(()),
    };
    if let Err(err) = result {
        kitchen.hooks.uncaught(context, err, false)?;
    }
    let flow = drain(kitchen, context);
    if let Some((at, ticks, jobs)) = began {
        let took = at.elapsed();
        let ticks = kitchen.ticks_run.get() - ticks;
        let jobs = kitchen.jobs.run.get() - jobs;
        kitchen.trace(|t| t.callback_end(took, ticks, jobs));
    }
    flow
}

/// Node's `processTicksAndRejections`: nextTicks, then promise jobs, until
/// both queues are empty; then unhandled rejections.
pub fn drain(kitchen: &Kitchen, context: &mut Context) -> Flow {
    loop {
        loop {
            let tick = kitchen.ticks.borrow_mut().pop_front();
            let Some(tick) = tick else { break };
            kitchen.ticks_run.set(kitchen.ticks_run.get() + 1);
            if let Err(err) = tick
                .callback
                .call(&JsValue::undefined(), &tick.args, context)
            {
                kitchen.hooks.uncaught(context, err, false)?;
            }
        }
        while let Some(result) = kitchen.jobs.run_one(context) {
            if let Err(err) = result {
                kitchen.hooks.uncaught(context, err, true)?;
            }
            // A nextTick queued by a promise job waits for the promise queue
            // to empty (Node: "tick from p1" after "p3 from p1").
        }
        context.clear_kept_objects();
        if kitchen.ticks.borrow().is_empty() && !kitchen.hooks.rejections(context)? {
            return Ok(());
        }
    }
}

/// Poll phase: sleep until the next timer is due (or a completion wakes us),
/// then deliver every completion that has arrived.
fn poll(kitchen: &Kitchen, context: &mut Context) -> Flow {
    kitchen.trace(|t| t.phase(Phase::Poll));
    // Ref'd immediates waiting, work from the feed (the REPL), or nothing
    // left to wait for (the timers phase may have run the last timer):
    // look for completions, don't sleep.
    let feed = kitchen.feed();
    let deadline = if kitchen.immediates.borrow().refed > 0
        || !kitchen.closing.borrow().is_empty()
        || kitchen.watches.has_more()
        || !kitchen.alive()
        || feed.as_ref().is_some_and(|f| f.ready())
    {
        Some(Instant::now())
    } else {
        let next = kitchen.timers.borrow_mut().next_expiry();
        next.map(|ms| kitchen.origin + Duration::from_millis(ms))
    };
    // A host driving the loop with a deadline (`run_until`) wakes by then.
    let deadline = match (deadline, kitchen.wake_by.get()) {
        (Some(d), Some(w)) => Some(d.min(w)),
        (d, w) => d.or(w),
    };
    kitchen.hooks.before_sleep(context);
    let slept_from = Instant::now();
    let waited = kitchen.reactor.borrow_mut().wait(deadline);
    kitchen.idle.set(kitchen.idle.get() + slept_from.elapsed());
    let ready = match waited {
        Ok(ready) => {
            let mut batch = kitchen.watches.take_again();
            batch.extend(ready);
            batch
        }
        Err(e) => {
            kitchen.hooks.poll_failed(context, &e);
            return Err(Stop::Exit(1));
        }
    };
    if kitchen.tracing() {
        let asked = deadline.map(|d| d.saturating_duration_since(slept_from));
        let slept = slept_from.elapsed();
        kitchen.trace(|t| t.slept(asked, slept));
    }
    deliver_completions(kitchen, context)?;
    deliver_ready(kitchen, context, ready)?;
    match feed {
        Some(feed) => feed.deliver(context),
        None => Ok(()),
    }
}

fn deliver_completions(kitchen: &Kitchen, context: &mut Context) -> Flow {
    while let Some(done) = kitchen.pool.try_recv() {
        let pending = kitchen.ops.borrow_mut().remove(&done.id);
        let Some(PendingOp { handler, op, refed }) = pending else {
            continue;
        };
        if refed {
            kitchen.refed_ops.set(kitchen.refed_ops.get() - 1);
        }
        kitchen.trace(|t| t.pool_done(done.id, op, &done.timing));
        let late = done.timing.finished.elapsed();
        run_io_callback(kitchen, context, op, done.id, late, |context| {
            // Node counts a request as active while its callback runs.
            kitchen.running_op.set(Some(op));
            let delivered = done.result.deliver(handler, context);
            kitchen.running_op.set(None);
            delivered
        })?;
    }
    Ok(())
}

/// Runs the callbacks of the fds the poll found ready (`io.rs`), draining
/// after each. A watch removed by an earlier callback in the batch is skipped.
/// A callback that has more is called again after the drain, up to
/// `CALLS_PER_TURN` times; then the next turn goes on with it.
fn deliver_ready(kitchen: &Kitchen, context: &mut Context, ready: Vec<(WatchId, Ready)>) -> Flow {
    for (id, what) in ready {
        for call in 1.. {
            // A callback may have removed its own watch (or another's).
            let Some((on_ready, op)) = kitchen.watches.on_ready(id) else {
                break;
            };
            let mut progress = Progress::Idle;
            run_io_callback(kitchen, context, op, id as u64, Duration::ZERO, |context| {
                progress = on_ready(context, what)?;
                Ok(())
            })?;
            if progress == Progress::Idle {
                break;
            }
            if call == CALLS_PER_TURN {
                kitchen.watches.call_again(id, what);
                break;
            }
        }
    }
    Ok(())
}

/// Runs one poll-phase callback (a pool completion, a ready fd): reports
/// what it threw, drains, and tells the tracer how long it took.
fn run_io_callback(
    kitchen: &Kitchen,
    context: &mut Context,
    op: &'static str,
    id: u64,
    late: Duration,
    callback: impl FnOnce(&mut Context) -> JsResult<()>,
) -> Flow {
    if kitchen.tracing() {
        let info = CallbackStart {
            kind: CallbackKind::Completion(op),
            id,
            scheduled_at: None,
            delay_ms: None,
            late,
        };
        kitchen.trace(|t| t.callback_start(&info));
    }
    let began = Instant::now();
    let (ticks, jobs) = (kitchen.ticks_run.get(), kitchen.jobs.run.get());
    if let Err(err) = callback(context) {
        kitchen.hooks.uncaught(context, err, false)?;
    }
    let flow = drain(kitchen, context);
    let took = began.elapsed();
    let (ticks, jobs) = (
        kitchen.ticks_run.get() - ticks,
        kitchen.jobs.run.get() - jobs,
    );
    kitchen.trace(|t| t.callback_end(took, ticks, jobs));
    flow
}

/// Check phase: the immediates queued before it began. Those they queue
/// wait for the next turn.
fn run_immediates(kitchen: &Kitchen, context: &mut Context) -> Flow {
    kitchen.trace(|t| t.phase(Phase::Check));
    let count = kitchen.immediates.borrow().queue.len();
    let now = kitchen.now_ms();
    for _ in 0..count {
        let next = kitchen.immediates.borrow_mut().queue.pop_front();
        let Some(obj) = next else { break };
        if let Some(runners) = kitchen.runners.get() {
            (runners.immediate)(kitchen, context, &obj, now)?;
        }
    }
    Ok(())
}

/// Close phase: the close callbacks of the handles closed before it began (one closed
/// by a close callback waits for the next turn, as in libuv).
fn run_close_callbacks(kitchen: &Kitchen, context: &mut Context) -> Flow {
    let callbacks = std::mem::take(&mut *kitchen.closing.borrow_mut());
    if callbacks.is_empty() {
        return Ok(());
    }
    kitchen.trace(|t| t.phase(Phase::Close));
    for callback in callbacks {
        call_js(
            kitchen,
            context,
            &callback.into(),
            &JsValue::undefined(),
            &[],
        )?;
    }
    Ok(())
}

/// Queues `work` on the pool; `handler` gets the result on the main thread.
pub fn submit(
    kitchen: &Kitchen,
    op: &'static str,
    detail: &str,
    handler: JsValue,
    work: super::pool::Work,
) -> JsResult<u64> {
    let id = register_op(kitchen, op, handler);
    kitchen.trace(|t| t.pool_submit(id, op, detail));
    kitchen.pool.submit(id, work);
    Ok(id)
}

/// Records an operation the loop waits for (it keeps the process alive);
/// its completion arrives through the pool's channel under the returned id.
pub fn register_op(kitchen: &Kitchen, op: &'static str, handler: JsValue) -> u64 {
    let id = kitchen.next_op_id.get();
    kitchen.next_op_id.set(id + 1);
    kitchen.ops.borrow_mut().insert(
        id,
        PendingOp {
            handler,
            op,
            refed: true,
        },
    );
    kitchen.refed_ops.set(kitchen.refed_ops.get() + 1);
    id
}
