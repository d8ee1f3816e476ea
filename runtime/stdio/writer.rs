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
//! order the script wrote them in. [`Writer::drain`] writes what is queued
//! on the calling thread (after a batch already being written): before a
//! direct write and at exit, without waiting for the writer thread.

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
    /// Wakes the writer thread: chunks arrived, or a batch was written.
    arrived: Condvar,
    /// Wakes threads waiting for a batch being written to be done.
    written: Condvar,
}

#[derive(Default)]
struct Queue {
    /// Bytes per descriptor, in order; consecutive writes to one descriptor share a chunk.
    chunks: VecDeque<(i32, Vec<u8>)>,
    queued: usize,
    /// A batch has been taken off the queue and is being written (by the
    /// writer thread or a draining thread): the next must wait for it.
    writing: bool,
    /// The writer thread sleeps until it is notified.
    idle: bool,
    /// Threads waiting on `written`.
    waiters: usize,
}

type Batch = VecDeque<(i32, Vec<u8>)>;

impl Shared {
    fn lock(&self) -> MutexGuard<'_, Queue> {
        self.queue.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Takes everything queued, to be written by the caller.
    fn take(&self, q: &mut Queue) -> Batch {
        q.queued = 0;
        q.writing = true;
        std::mem::take(&mut q.chunks)
    }

    /// Writes `batch`, then lets the next batch go.
    fn write(&self, batch: Batch) {
        for (fd, bytes) in batch {
            // Console output ignores write errors, as Node's console does.
            let _ = fd::write_all(fd, &bytes);
        }
        let mut q = self.lock();
        q.writing = false;
        if q.waiters > 0 {
            self.written.notify_all();
        }
        if q.idle && !q.chunks.is_empty() {
            q.idle = false;
            self.arrived.notify_one();
        }
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
    /// output ignores them, as Node's console does. Past the queue's limit
    /// the caller writes the backlog itself, as a synchronous write would.
    pub fn push(&self, fd: i32, bytes: &[u8]) {
        if bytes.is_empty() {
            return;
        }
        let mut q = self.shared.lock();
        match q.chunks.back_mut() {
            Some((last, chunk)) if *last == fd => chunk.extend_from_slice(bytes),
            _ => q.chunks.push_back((fd, bytes.to_vec())),
        }
        q.queued += bytes.len();
        if q.queued >= QUEUE_LIMIT {
            drop(q);
            self.drain();
            return;
        }
        if q.idle {
            q.idle = false;
            self.shared.arrived.notify_one();
        }
    }

    /// Writes everything queued so far, on this thread (after the batch
    /// the writer thread may be writing).
    pub fn drain(&self) {
        let mut q = self.shared.lock();
        loop {
            while q.writing {
                q.waiters += 1;
                q = self
                    .shared
                    .written
                    .wait(q)
                    .unwrap_or_else(PoisonError::into_inner);
                q.waiters -= 1;
            }
            if q.chunks.is_empty() {
                return;
            }
            let batch = self.shared.take(&mut q);
            drop(q);
            self.shared.write(batch);
            q = self.shared.lock();
        }
    }
}

fn write_forever(shared: &Shared) {
    let mut q = shared.lock();
    loop {
        if q.chunks.is_empty() || q.writing {
            q.idle = true;
            q = shared
                .arrived
                .wait(q)
                .unwrap_or_else(PoisonError::into_inner);
            continue;
        }
        q.idle = false;
        // Let the burst gather (a draining thread may take it meanwhile).
        q = shared
            .arrived
            .wait_timeout(q, LINGER)
            .unwrap_or_else(PoisonError::into_inner)
            .0;
        if q.chunks.is_empty() || q.writing {
            continue;
        }
        let batch = shared.take(&mut q);
        drop(q);
        shared.write(batch);
        q = shared.lock();
    }
}
