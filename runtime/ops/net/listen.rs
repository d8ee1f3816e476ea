//! Listening sockets: a server's fd, watched for connections to accept.
//! Each accepted connection becomes a stream handle of `ops/pipe`, handed
//! to `onconnection(handle)` (or `onconnection(-errno)`), one per poll call
//! so that JavaScript's ticks run between connections, as libuv's
//! `uv_accept` loop calls back once per connection.

use super::{errno_of, socket_for, Family};
use crate::host::Host;
use crate::kitchen::io::{OnReady, Progress, WatchId};
use crate::ops::pipe::new_handle;
use boa_engine::{Context, Finalize, JsData, JsObject, JsResult, JsValue, Trace};
use mio::Interest;
use socket2::{SockAddr, Socket};
use std::cell::{Cell, RefCell};
use std::os::fd::{AsRawFd, IntoRawFd};
use std::rc::Rc;

pub(super) struct Listener {
    pub(super) socket: RefCell<Option<Socket>>,
    /// What its connections are called in the tracer (`tcp`, `pipe`).
    op: &'static str,
    watch: Cell<Option<WatchId>>,
    refed: Cell<bool>,
    onconnection: RefCell<Option<JsObject>>,
}

#[derive(Trace, Finalize, JsData)]
pub(super) struct ServerHandle {
    #[unsafe_ignore_trace]
    pub(super) listener: Rc<Listener>,
}

/// Binds and listens: the server handle, or `-errno`.
pub(super) fn listen(
    addr: &SockAddr,
    family: Family,
    backlog: i32,
    ipv6_only: bool,
    reuse_port: bool,
) -> Result<ServerHandle, i32> {
    let socket = socket_for(family).map_err(|e| errno_of(&e))?;
    let setup = || -> std::io::Result<()> {
        if family != Family::Unix {
            // As libuv: a restarted server can bind its port at once.
            socket.set_reuse_address(true)?;
        }
        if family == Family::V6 {
            socket.set_only_v6(ipv6_only)?;
        }
        if reuse_port {
            socket.set_reuse_port(true)?;
        }
        socket.bind(addr)?;
        socket.listen(backlog)
    };
    setup().map_err(|e| errno_of(&e))?;
    Ok(ServerHandle {
        listener: Rc::new(Listener {
            socket: RefCell::new(Some(socket)),
            op: if family == Family::Unix {
                "pipe"
            } else {
                "tcp"
            },
            watch: Cell::new(None),
            refed: Cell::new(true),
            onconnection: RefCell::new(None),
        }),
    })
}

/// Starts accepting: 0 or `-errno`.
pub(super) fn start(listener: &Rc<Listener>, onconnection: JsObject, context: &mut Context) -> i32 {
    let Some(fd) = listener.socket.borrow().as_ref().map(AsRawFd::as_raw_fd) else {
        return -libc::EBADF;
    };
    *listener.onconnection.borrow_mut() = Some(onconnection);
    if listener.watch.get().is_some() {
        return 0;
    }
    let weak = Rc::downgrade(listener);
    let on_ready: OnReady = Rc::new(move |context, _| match weak.upgrade() {
        Some(listener) => accept_one(&listener, context),
        None => Ok(Progress::Idle),
    });
    let kitchen = &Host::get(context).kitchen;
    match kitchen.watch(fd, Interest::READABLE, "server", on_ready) {
        Ok(id) => {
            kitchen.set_watch_ref(id, listener.refed.get());
            listener.watch.set(Some(id));
            0
        }
        Err(e) => -errno_of(&e),
    }
}

fn accept_one(listener: &Rc<Listener>, context: &mut Context) -> JsResult<Progress> {
    let Some(onconnection) = listener.onconnection.borrow().clone() else {
        return Ok(Progress::Idle);
    };
    let accepted = match listener.socket.borrow().as_ref() {
        Some(socket) => socket.accept(),
        None => return Ok(Progress::Idle),
    };
    let value = match accepted {
        Ok((socket, _)) => match socket.set_nonblocking(true) {
            Ok(()) => new_handle(socket.into_raw_fd(), listener.op, None, context),
            Err(e) => JsValue::from(-errno_of(&e)),
        },
        Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => return Ok(Progress::Idle),
        Err(e) if e.kind() == std::io::ErrorKind::Interrupted => return Ok(Progress::More),
        Err(e) => JsValue::from(-errno_of(&e)),
    };
    onconnection.call(&JsValue::undefined(), &[value], context)?;
    Ok(Progress::More)
}

/// Stops accepting and closes the fd. A Unix socket's file goes with it,
/// as libuv removes the path a pipe server bound.
pub(super) fn close(listener: &Listener, context: &mut Context) {
    listener.onconnection.borrow_mut().take();
    if let Some(id) = listener.watch.take() {
        Host::get(context).kitchen.unwatch(id);
    }
    let socket = listener.socket.borrow_mut().take();
    let bound = socket.as_ref().and_then(|s| s.local_addr().ok());
    if let Some(path) = bound.as_ref().and_then(|a| a.as_pathname()) {
        // Gone already is fine: the server is closed either way.
        let _ = std::fs::remove_file(path);
    }
}

pub(super) fn set_ref(listener: &Listener, refed: bool, context: &mut Context) {
    listener.refed.set(refed);
    if let Some(id) = listener.watch.get() {
        Host::get(context).kitchen.set_watch_ref(id, refed);
    }
}

pub(super) fn server_of(value: &JsValue) -> Option<Rc<Listener>> {
    let object = value.as_object()?;
    let handle = object.downcast_ref::<ServerHandle>()?;
    Some(handle.listener.clone())
}
