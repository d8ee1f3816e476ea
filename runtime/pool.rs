//! The worker pool: blocking work off the main thread.
//!
//! A job is plain Rust (`Send`): it runs on one of the workers and returns a
//! `Box<dyn Deliver>`, plain data that only becomes JavaScript values back on
//! the main thread. The result travels over a channel and the reactor's
//! `Waker` interrupts the loop's sleep, like libuv's threadpool + async handle.

use crate::trace::PoolTiming;
use boa_engine::{Context, JsResult, JsValue};
use mio::Waker;
use std::cell::Cell;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{channel, Receiver, Sender};
use std::sync::Arc;
use std::time::Instant;
use threadpool::ThreadPool;

/// A finished job's result, turned into JavaScript on the main thread.
pub trait Deliver: Send {
    /// Calls (or settles) `handler`, the JavaScript side registered with the job.
    fn deliver(self: Box<Self>, handler: JsValue, context: &mut Context) -> JsResult<()>;
}

/// The work itself: runs on a worker.
pub type Work = Box<dyn FnOnce() -> Box<dyn Deliver> + Send>;

/// What a worker sends back.
pub struct Completion {
    pub id: u64,
    pub result: Box<dyn Deliver>,
    pub timing: PoolTiming,
}

pub struct Pool {
    workers: ThreadPool,
    tx: Sender<Completion>,
    rx: Receiver<Completion>,
    waker: Arc<Waker>,
    size: usize,
}

/// The default number of workers, as libuv's `UV_THREADPOOL_SIZE`.
pub const DEFAULT_SIZE: usize = 4;

thread_local! {
    /// Which worker this thread is (1-based), for the loop tracer.
    static WORKER_INDEX: Cell<usize> = const { Cell::new(0) };
}

impl Pool {
    pub fn new(size: usize, waker: Arc<Waker>) -> Self {
        let size = size.clamp(1, 1024);
        let (tx, rx) = channel();
        let workers = threadpool::Builder::new()
            .num_threads(size)
            .thread_name("sous-worker".into())
            .build();
        Self {
            workers,
            tx,
            rx,
            waker,
            size,
        }
    }

    pub fn size(&self) -> usize {
        self.size
    }

    /// Queues `work`; its completion will carry `id`.
    pub fn submit(&self, id: u64, work: Work) {
        let tx = self.tx.clone();
        let waker = self.waker.clone();
        let submitted = Instant::now();
        static NEXT_WORKER: AtomicUsize = AtomicUsize::new(1);
        self.workers.execute(move || {
            let worker = WORKER_INDEX.with(|w| {
                if w.get() == 0 {
                    w.set(NEXT_WORKER.fetch_add(1, Ordering::Relaxed));
                }
                w.get()
            });
            let started = Instant::now();
            let result = work();
            let timing = PoolTiming {
                worker,
                submitted,
                started,
                finished: Instant::now(),
            };
            // The loop may be gone (process exiting): nothing to do then.
            if tx.send(Completion { id, result, timing }).is_ok() {
                let _ = waker.wake();
            }
        });
    }

    /// A way to deliver a completion from any thread (a host finishing an
    /// operation itself rather than on a worker).
    pub fn remote(&self) -> Remote {
        Remote {
            tx: self.tx.clone(),
            waker: self.waker.clone(),
        }
    }

    /// Completions that have arrived, without waiting.
    pub fn try_recv(&self) -> Option<Completion> {
        self.rx.try_recv().ok()
    }
}

/// Sends one completion into the loop from any thread.
#[derive(Clone)]
pub struct Remote {
    tx: Sender<Completion>,
    waker: Arc<Waker>,
}

impl Remote {
    /// Delivers `result` for operation `id`; false if the loop is gone.
    pub fn complete(&self, id: u64, result: Box<dyn Deliver>) -> bool {
        let now = Instant::now();
        let timing = PoolTiming {
            worker: 0,
            submitted: now,
            started: now,
            finished: now,
        };
        let sent = self.tx.send(Completion { id, result, timing }).is_ok();
        if sent {
            let _ = self.waker.wake();
        }
        sent
    }
}
