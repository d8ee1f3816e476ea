//! The background writer that carries console output to stdout and stderr.
//!
//! A `write(2)` per `console.log` line made 100k lines into a pipe cost
//! six times as much as the JavaScript; a buffer flushed when the loop goes
//! idle lost everything a busy script printed if it was then killed. So
//! lines go into a queue that one thread writes out as soon as they arrive:
//! the main thread never waits on the reader, a burst leaves in one
//! `write(2)`, and the bytes reach the file, terminal or pipe within
//! microseconds even while the script spins. The queue is bounded (a
//! script outrunning its reader waits, as Node's synchronous writes do)
//! and one queue serves both descriptors, so stdout and stderr keep the
//! order the script wrote them in. [`Writer::drain`] waits until
//! everything queued has been written: before a direct write and at exit.

use super::fd;
use std::collections::VecDeque;
use std::sync::{Arc, Condvar, Mutex, MutexGuard, OnceLock, PoisonError};
use std::time::Duration;

/// Past this many queued bytes a writer waits for the reader.
const QUEUE_LIMIT: usize = 1 << 20;

/// How long the writer lets a burst gather before writing it: short enough
/// that output is there at once for a reader (and survives a kill), long
/// enough that 100k lines leave in a few hundred writes, not 100k.
const LINGER: Duration = Duration::from_millis(1);

pub struct Writer {
    shared: Arc<Shared>,
}

struct Shared {
    queue: Mutex<Queue>,
    /// Signals the writer thread that chunks arrived.
    arrived: Condvar,
    /// Signals waiters that the writer finished a batch.
    written: Condvar,
}

#[derive(Default)]
struct Queue {
    /// Bytes per descriptor, in order; consecutive writes to one descriptor share a chunk.
    chunks: VecDeque<(i32, Vec<u8>)>,
    queued: usize,
    /// The writer thread is writing a batch (taken off the queue).
    busy: bool,
    /// The writer thread sleeps waiting for chunks.
    idle: bool,
    /// Someone waits for the queue to empty: write without lingering.
    hurry: bool,
    /// Threads waiting on `written`.
    waiters: usize,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, Queue> {
        self.queue.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// The process's writer for descriptors 1 and 2 (shared by every runtime,
/// as the descriptors are); `None` if its thread could not be started, and
/// then callers write directly.
pub fn global() -> Option<&'static Writer> {
    static WRITER: OnceLock<Option<Writer>> = OnceLock::new();
    WRITER.get_or_init(Writer::spawn).as_ref()
}

impl Writer {
    fn spawn() -> Option<Self> {
        let shared = Arc::new(Shared {
            queue: Mutex::new(Queue::default()),
            arrived: Condvar::new(),
            written: Condvar::new(),
        });
        let worker = shared.clone();
        std::thread::Builder::new()
            .name("sous-stdio".into())
            .stack_size(64 * 1024)
            .spawn(move || write_forever(&worker))
            .ok()?;
        Some(Self { shared })
    }

    /// Queues `bytes` for `fd`. Write errors are not reported: console
    /// output ignores them, as Node's console does.
    pub fn push(&self, fd: i32, bytes: &[u8]) {
        if bytes.is_empty() {
            return;
        }
        let mut q = self.shared.lock();
        while q.queued >= QUEUE_LIMIT {
            q = self.hurry(q);
        }
        match q.chunks.back_mut() {
            Some((last, chunk)) if *last == fd => chunk.extend_from_slice(bytes),
            _ => q.chunks.push_back((fd, bytes.to_vec())),
        }
        q.queued += bytes.len();
        if q.idle {
            q.idle = false;
            self.shared.arrived.notify_one();
        }
    }

    /// Waits until everything queued so far has been written.
    pub fn drain(&self) {
        let mut q = self.shared.lock();
        while q.busy || !q.chunks.is_empty() {
            q = self.hurry(q);
        }
    }

    /// Asks the writer to write what is queued now, and waits until it
    /// finished a batch.
    fn hurry<'a>(&self, mut q: MutexGuard<'a, Queue>) -> MutexGuard<'a, Queue> {
        q.hurry = true;
        q.idle = false;
        self.shared.arrived.notify_one();
        q.waiters += 1;
        let mut q = self
            .shared
            .written
            .wait(q)
            .unwrap_or_else(PoisonError::into_inner);
        q.waiters -= 1;
        q
    }
}

fn write_forever(shared: &Shared) {
    let mut q = shared.lock();
    loop {
        while q.chunks.is_empty() {
            q.idle = true;
            q = shared
                .arrived
                .wait(q)
                .unwrap_or_else(PoisonError::into_inner);
        }
        q.idle = false;
        if !q.hurry {
            q = shared
                .arrived
                .wait_timeout(q, LINGER)
                .unwrap_or_else(PoisonError::into_inner)
                .0;
        }
        q.hurry = false;
        let batch = std::mem::take(&mut q.chunks);
        q.queued = 0;
        q.busy = true;
        if q.waiters > 0 {
            // Writers held back by the limit may queue again.
            shared.written.notify_all();
        }
        drop(q);
        for (fd, bytes) in batch {
            // Console output ignores write errors, as Node's console does.
            let _ = fd::write_all(fd, &bytes);
        }
        q = shared.lock();
        q.busy = false;
        if q.waiters > 0 {
            shared.written.notify_all();
        }
    }
}
