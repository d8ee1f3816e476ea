//! A running child on the reactor (libuv's `uv_process_t`): its pidfd is
//! watched by the kitchen and becomes readable when the child ends; the
//! watch then reaps it and calls JavaScript's `onexit(code, signal)`. The
//! watch keeps the loop alive while the handle is ref'd.

use super::spawn::{decode_status, pidfd_open, try_reap};
use crate::host::Host;
use crate::kitchen::io::{OnReady, Progress, WatchId};
use boa_engine::{Context, Finalize, JsData, JsNativeError, JsObject, JsResult, JsValue, Trace};
use mio::Interest;
use std::cell::{Cell, RefCell};
use std::os::fd::{AsRawFd, OwnedFd};
use std::rc::Rc;

pub struct Child {
    pub pid: i32,
    pidfd: RefCell<Option<OwnedFd>>,
    watch: Cell<Option<WatchId>>,
    /// Reaped: its pid may belong to another process now.
    exited: Cell<bool>,
    onexit: RefCell<Option<JsObject>>,
}

#[derive(Trace, Finalize, JsData)]
pub struct ProcessHandle {
    #[unsafe_ignore_trace]
    child: Rc<Child>,
}

pub fn child_of(value: &JsValue) -> JsResult<Rc<Child>> {
    let child = value
        .as_object()
        .and_then(|h| h.downcast_ref::<ProcessHandle>().map(|h| h.child.clone()));
    child.ok_or_else(|| {
        JsNativeError::typ()
            .with_message("not a process handle")
            .into()
    })
}

/// A handle on the child `pid` (its pidfd open, not watched yet).
pub fn open_child(pid: i32) -> Result<JsObject, i32> {
    let pidfd = pidfd_open(pid)?;
    let child = Rc::new(Child {
        pid,
        pidfd: RefCell::new(Some(pidfd)),
        watch: Cell::new(None),
        exited: Cell::new(false),
        onexit: RefCell::new(None),
    });
    Ok(JsObject::from_proto_and_data(None, ProcessHandle { child }))
}

/// Starts watching the child; `onexit` runs once when it ends. Called once
/// its stdio streams watch their pipes, so that output the child wrote
/// before it ended is read before its end is reported (epoll reports fds
/// in the order they became ready, or were registered if already ready).
pub fn start(child: &Rc<Child>, onexit: JsObject, context: &mut Context) -> i32 {
    let Some(fd) = child.pidfd.borrow().as_ref().map(AsRawFd::as_raw_fd) else {
        return -libc::EBADF;
    };
    if child.watch.get().is_some() {
        return -libc::EALREADY;
    }
    *child.onexit.borrow_mut() = Some(onexit);
    let weak = Rc::downgrade(child);
    let on_ready: OnReady = Rc::new(move |context, _| match weak.upgrade() {
        Some(child) => on_exit(&child, context).map(|()| Progress::Idle),
        None => Ok(Progress::Idle),
    });
    let host = Host::get(context);
    match host
        .kitchen
        .watch(fd, Interest::READABLE, "process", on_ready)
    {
        Ok(id) => {
            child.watch.set(Some(id));
            0
        }
        Err(e) => -e.raw_os_error().unwrap_or(libc::EIO),
    }
}

/// The pidfd is readable: the child has ended (or the wait failed).
fn on_exit(child: &Rc<Child>, context: &mut Context) -> JsResult<()> {
    let (code, signal) = match try_reap(child.pid) {
        Ok(None) => return Ok(()),
        Ok(Some(status)) => decode_status(status),
        // Reaped by someone else: libuv reports nothing better either.
        Err(_) => (Some(0), None),
    };
    child.exited.set(true);
    stop_watching(child, context);
    let Some(onexit) = child.onexit.borrow_mut().take() else {
        return Ok(());
    };
    let signal = signal.map_or(JsValue::from(0), JsValue::from);
    let code = code.map_or(JsValue::null(), JsValue::from);
    onexit.call(&JsValue::undefined(), &[code, signal], context)?;
    Ok(())
}

fn stop_watching(child: &Child, context: &mut Context) {
    if let Some(id) = child.watch.take() {
        Host::get(context).kitchen.unwatch(id);
    }
    child.pidfd.borrow_mut().take();
}

/// `kill(handle, signal)`: 0 or `-errno` (`ESRCH` once the child is reaped).
pub fn kill(child: &Child, signal: i32) -> i32 {
    if child.exited.get() {
        return -libc::ESRCH;
    }
    // SAFETY: kill with plain integers; the pid is our unreaped child.
    if unsafe { libc::kill(child.pid, signal) } < 0 {
        return -super::spawn::last_errno();
    }
    0
}

pub fn set_ref(child: &Child, refed: bool, context: &mut Context) {
    if let Some(id) = child.watch.get() {
        Host::get(context).kitchen.set_watch_ref(id, refed);
    }
}

/// `close(handle)`: stops watching; `onexit` will not run.
pub fn close(child: &Child, context: &mut Context) {
    child.onexit.borrow_mut().take();
    stop_watching(child, context);
}
