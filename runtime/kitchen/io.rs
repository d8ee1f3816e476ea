//! Watched file descriptors: the I/O the reactor waits on besides the pool.
//!
//! A room above (a pipe, a terminal, later a socket or a signal fd) hands the
//! kitchen an fd and a Rust callback; the poll phase calls it with what the
//! fd became ready for, on the main thread, then drains as after any
//! callback. The kitchen knows nothing of what the fd is: the callback reads
//! or writes it and calls JavaScript itself. A ref'd watch keeps the loop
//! alive, as libuv's active handles do.
//!
//! mio registers fds edge-triggered: a callback is told once that data
//! arrived, so whoever reads must read until `EAGAIN` or re-arm the watch
//! (`rearm`) when it wants to be told again about data already waiting.

use super::Kitchen;
use boa_engine::{Context, JsResult};
use mio::unix::SourceFd;
use mio::{Interest, Token};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::io;
use std::os::fd::RawFd;
use std::rc::Rc;

/// What a watched fd became ready for.
#[derive(Debug, Clone, Copy, Default)]
pub struct Ready {
    pub readable: bool,
    pub writable: bool,
    /// The other end hung up or the fd has an error: a read or write now
    /// returns EOF or the error.
    pub closed: bool,
}

/// What a watch's callback did: delivered one thing to JavaScript and may
/// have more (the kitchen drains, then calls it again, as libuv's read loop
/// calls back once per chunk), or has nothing more now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Progress {
    More,
    Idle,
}

/// The callback a watch runs in the poll phase.
pub type OnReady = Rc<dyn Fn(&mut Context, Ready) -> JsResult<Progress>>;

/// Calls of one watch's callback per poll before other callbacks get their
/// turn; what is left is delivered on the next turn.
pub const CALLS_PER_TURN: usize = 32;

/// Identifies a watch (it is also its reactor token).
pub type WatchId = usize;

struct Watch {
    fd: RawFd,
    /// The operation's name, for the loop tracer (`pipe`, `tty`, ...).
    op: &'static str,
    on_ready: OnReady,
    refed: bool,
}

/// The fds being watched.
#[derive(Default)]
pub struct Watches {
    map: RefCell<HashMap<WatchId, Watch>>,
    /// Watches that still had more after `CALLS_PER_TURN` calls: the next
    /// poll does not sleep and calls them again.
    again: RefCell<Vec<(WatchId, Ready)>>,
    next: Cell<WatchId>,
    refed: Cell<usize>,
}

impl Watches {
    /// Watches that keep the loop alive.
    pub fn refed(&self) -> usize {
        self.refed.get()
    }

    /// Every watch as (id, op, ref'd), in the order they were made: the
    /// handles `.loop` and the tracer show (pipes, children, signals, ...).
    pub fn list(&self) -> Vec<(WatchId, &'static str, bool)> {
        let mut all: Vec<_> = self
            .map
            .borrow()
            .iter()
            .map(|(id, w)| (*id, w.op, w.refed))
            .collect();
        all.sort_by_key(|w| w.0);
        all
    }

    /// Whether some watch has more to deliver without waiting.
    pub(super) fn has_more(&self) -> bool {
        !self.again.borrow().is_empty()
    }

    /// Remembers that watch `id` has more to deliver on the next turn.
    pub(super) fn call_again(&self, id: WatchId, ready: Ready) {
        self.again.borrow_mut().push((id, ready));
    }

    /// The watches to call again, first in the next batch.
    pub(super) fn take_again(&self) -> Vec<(WatchId, Ready)> {
        std::mem::take(&mut *self.again.borrow_mut())
    }

    /// The callback of watch `id` and its op name (cloned: no borrow held).
    pub(super) fn on_ready(&self, id: WatchId) -> Option<(OnReady, &'static str)> {
        let map = self.map.borrow();
        map.get(&id).map(|w| (w.on_ready.clone(), w.op))
    }
}

/// The reactor reserves the first tokens (its waker and timer).
pub(super) const FIRST_WATCH: WatchId = 16;

impl Kitchen {
    /// Starts watching `fd` for `interest`; `on_ready` runs each time it
    /// becomes ready. The caller keeps the fd open until `unwatch`.
    pub fn watch(
        &self,
        fd: RawFd,
        interest: Interest,
        op: &'static str,
        on_ready: OnReady,
    ) -> io::Result<WatchId> {
        let id = self.watches.next.get().max(FIRST_WATCH);
        self.reactor
            .borrow()
            .registry()
            .register(&mut SourceFd(&fd), Token(id), interest)?;
        self.watches.next.set(id + 1);
        let watch = Watch {
            fd,
            op,
            on_ready,
            refed: true,
        };
        self.watches.map.borrow_mut().insert(id, watch);
        self.watches.refed.set(self.watches.refed.get() + 1);
        Ok(id)
    }

    /// Changes what a watch waits for. Re-registering also re-arms it: if the
    /// fd is ready now, the next poll reports it even without a new edge.
    pub fn rearm(&self, id: WatchId, interest: Interest) -> io::Result<()> {
        let Some(fd) = self.watches.map.borrow().get(&id).map(|w| w.fd) else {
            return Ok(());
        };
        self.reactor
            .borrow()
            .registry()
            .reregister(&mut SourceFd(&fd), Token(id), interest)
    }

    /// Stops watching (before the fd is closed). Unknown ids are ignored.
    pub fn unwatch(&self, id: WatchId) {
        let Some(watch) = self.watches.map.borrow_mut().remove(&id) else {
            return;
        };
        if watch.refed {
            self.watches.refed.set(self.watches.refed.get() - 1);
        }
        // The fd may already be closed by the other side of a dup; nothing
        // to report then.
        let _ = self
            .reactor
            .borrow()
            .registry()
            .deregister(&mut SourceFd(&watch.fd));
    }

    /// `ref()`/`unref()`: whether the watch keeps the loop alive.
    pub fn set_watch_ref(&self, id: WatchId, refed: bool) {
        let mut map = self.watches.map.borrow_mut();
        let Some(watch) = map.get_mut(&id) else {
            return;
        };
        if watch.refed != refed {
            watch.refed = refed;
            let count = self.watches.refed.get();
            self.watches
                .refed
                .set(if refed { count + 1 } else { count - 1 });
        }
    }
}
