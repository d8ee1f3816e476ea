//! The worker pool: blocking work off the main thread.
//!
//! A job is plain Rust (`Send`): it runs on one of the workers and returns a
//! `Box<dyn Deliver>`, plain data that only becomes JavaScript values back on
//! the main thread. The result travels over a channel and the reactor's
//! `Waker` interrupts the loop's sleep, like libuv's threadpool + async handle.

use crate::kitchen::trace::PoolTiming;
use boa_engine::{Context, JsResult, JsValue};
use mio::Waker;
use std::cell::Cell;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
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
    /// The job id each worker is running (0: idle), for `.loop` snapshots.
    running: Arc<[AtomicU64]>,
    /// Numbers this pool's worker threads as they first run a job.
    next_worker: Arc<AtomicUsize>,
}

/// The default number of workers, as libuv's `UV_THREADPOOL_SIZE`.
pub const DEFAULT_SIZE: usize = 4;

thread_local! {
    /// Which worker this thread is (1-based), for the loop tracer.
    static WORKER_INDEX: Cell<usize> = const { Cell::new(0) };
}

/// Runs this worker thread at a lower priority than the JavaScript thread:
/// with more busy workers than cores (reading 64 MiB files), the main
/// thread's timers would otherwise wait ~10 ms for a core.
fn lower_priority() {
    // SAFETY: plain syscalls on the calling thread (tid) with no pointers.
    unsafe {
        let tid = libc::syscall(libc::SYS_gettid) as libc::id_t;
        libc::setpriority(libc::PRIO_PROCESS, tid, 10);
    }
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
            running: (0..size).map(|_| AtomicU64::new(0)).collect(),
            next_worker: Arc::new(AtomicUsize::new(1)),
        }
    }

    /// For each worker, the id of the job it is running now.
    pub fn running(&self) -> Vec<Option<u64>> {
        self.running
            .iter()
            .map(|r| Some(r.load(Ordering::Relaxed)).filter(|id| *id != 0))
            .collect()
    }

    pub fn size(&self) -> usize {
        self.size
    }

    /// Queues `work`; its completion will carry `id`.
    pub fn submit(&self, id: u64, work: Work) {
        let tx = self.tx.clone();
        let waker = self.waker.clone();
        let submitted = Instant::now();
        let (running, next_worker) = (self.running.clone(), self.next_worker.clone());
        self.workers.execute(move || {
            let worker = WORKER_INDEX.with(|w| {
                if w.get() == 0 {
                    w.set(next_worker.fetch_add(1, Ordering::Relaxed));
                    lower_priority();
                }
                w.get()
            });
            let slot = running.get(worker - 1);
            if let Some(slot) = slot {
                slot.store(id, Ordering::Relaxed);
            }
            let started = Instant::now();
            let result = work();
            if let Some(slot) = slot {
                slot.store(0, Ordering::Relaxed);
            }
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
