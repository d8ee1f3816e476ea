//! The microtask queue: Boa's promise jobs, run when the loop says so.
//!
//! Boa hands every promise reaction, `await` continuation and module-loading
//! job to this executor. Nothing runs at enqueue time; the event loop drains
//! the queue after the main script and after every callback (see
//! `kitchen::drain`), which gives Node's ordering.

use boa_engine::job::{GenericJob, Job, JobExecutor, NativeAsyncJob, PromiseJob};
use boa_engine::{Context, JsResult};
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;

enum Microtask {
    Promise(PromiseJob),
    Generic(GenericJob),
}

#[derive(Default)]
pub struct JobQueue {
    micro: RefCell<VecDeque<Microtask>>,
    asyncs: RefCell<VecDeque<NativeAsyncJob>>,
    /// Promise jobs run so far (for the loop tracer).
    pub run: Cell<u64>,
}

impl JobQueue {
    /// Jobs waiting (for `.loop` snapshots).
    pub fn len(&self) -> usize {
        self.micro.borrow().len() + self.asyncs.borrow().len()
    }

    /// Runs one queued job; `None` when the queue is empty. Errors are
    /// returned to the caller (the loop reports them as uncaught).
    pub fn run_one(&self, context: &mut Context) -> Option<JsResult<()>> {
        // Take the job before calling it: it may enqueue more.
        let job = self.micro.borrow_mut().pop_front();
        if let Some(job) = job {
            self.run.set(self.run.get() + 1);
            let result = match job {
                Microtask::Promise(job) => job.call(context),
                Microtask::Generic(job) => job.call(context),
            };
            return Some(result.map(|_| ()));
        }
        let job = self.asyncs.borrow_mut().pop_front()?;
        Some(run_async_job(job, context))
    }
}

impl JobQueue {
    /// Runs one module-loading job (for a synchronous `require` of an ES
    /// module); `false` when none is queued.
    pub fn run_one_async(&self, context: &mut Context) -> JsResult<bool> {
        let job = self.asyncs.borrow_mut().pop_front();
        match job {
            Some(job) => run_async_job(job, context).map(|()| true),
            None => Ok(false),
        }
    }
}

/// Runs a native async job (module loading) to completion. sous's loaders
/// resolve without waiting on the loop, so polling never spins.
fn run_async_job(job: NativeAsyncJob, context: &mut Context) -> JsResult<()> {
    use std::future::Future;
    let cell = RefCell::new(context);
    let mut future = std::pin::pin!(job.call(&cell));
    let waker = std::task::Waker::noop();
    let mut cx = std::task::Context::from_waker(waker);
    loop {
        if let std::task::Poll::Ready(result) = future.as_mut().poll(&mut cx) {
            return result.map(|_| ());
        }
    }
}

impl JobExecutor for JobQueue {
    fn enqueue_job(self: Rc<Self>, job: Job, _context: &mut Context) {
        match job {
            Job::PromiseJob(job) => self.micro.borrow_mut().push_back(Microtask::Promise(job)),
            Job::GenericJob(job) => self.micro.borrow_mut().push_back(Microtask::Generic(job)),
            Job::AsyncJob(job) => self.asyncs.borrow_mut().push_back(job),
            // Boa's own timeouts (Atomics.waitAsync) and FinalizationRegistry
            // cleanups (which wait forever by design) are not run.
            _ => {}
        }
    }

    fn run_jobs(self: Rc<Self>, context: &mut Context) -> JsResult<()> {
        while let Some(result) = self.run_one(context) {
            result?;
        }
        context.clear_kept_objects();
        Ok(())
    }
}
