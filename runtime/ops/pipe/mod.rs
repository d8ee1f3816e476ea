//! Natives behind streams over a pipe or a terminal (`stdlib-js/internal/
//! stdio/pipe.js`): `process.stdin` when it is one, and later a child's
//! stdio. As libuv's stream handles, a handle reads and writes its fd
//! without blocking, and the kitchen's watch (`kitchen/io.rs`) tells it when
//! the fd is ready. The handle is watched only while it reads or has writes
//! waiting, so it keeps the loop alive exactly then (and only if ref'd).
//!
//! JavaScript gets `onread(chunk)` for data, `onread(null)` at the end and
//! `onread(-errno)` for an error; a queued write calls `callback(status)`.
//!
//! A connected socket is the same kind of stream: `ops/net` makes its
//! handles with `new_handle`, and uses `connecting` and `shutdown` here,
//! which a pipe never needs.

mod kind;
mod ready;

use super::buffer::with_bytes;
use super::{arg, binding_functions, NativeFn};
use crate::host::Host;
use crate::kitchen::io::WatchId;
use boa_engine::{Context, Finalize, JsData, JsNativeError, JsObject, JsResult, JsValue, Trace};
use ready::{update_watch, write_some};
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::os::fd::RawFd;
use std::rc::Rc;

pub fn binding(context: &mut Context) -> JsResult<JsObject> {
    let functions: [(&str, NativeFn, usize); 9] = [
        ("guessHandleType", kind::guess_handle_type, 1),
        ("open", open, 3),
        ("readStart", read_start, 2),
        ("readStop", read_stop, 1),
        ("write", write, 3),
        ("shutdown", shutdown, 2),
        ("close", close, 1),
        ("ref", ref_, 1),
        ("unref", unref, 1),
    ];
    Ok(binding_functions(context, &functions).build())
}

/// A write that did not fit in the pipe yet.
pub(super) struct PendingWrite {
    pub(super) data: Vec<u8>,
    pub(super) written: usize,
    pub(super) callback: JsObject,
}

/// The state of one handle, shared by its JavaScript object and its watch.
pub(super) struct Stream {
    pub(super) fd: RawFd,
    /// What the tracer and `.loop` call it: `pipe`, `tty`, `tcp`.
    pub(super) op: &'static str,
    /// Whether closing the handle closes the fd (a reopened terminal, a
    /// pipe sous made); stdin's own fd 0 stays open.
    pub(super) owned: bool,
    pub(super) closed: Cell<bool>,
    pub(super) watch: Cell<Option<WatchId>>,
    pub(super) refed: Cell<bool>,
    pub(super) onread: RefCell<Option<JsObject>>,
    pub(super) writes: RefCell<VecDeque<PendingWrite>>,
    /// Where reads land before their bytes become a Buffer (made on the
    /// first read).
    pub(super) scratch: RefCell<Option<Box<[u8]>>>,
    /// A socket's connect in progress: `callback(status)` once the fd is
    /// writable (connected) or failed.
    pub(super) connecting: RefCell<Option<JsObject>>,
    /// A half-close asked for while writes were waiting: done, and
    /// `callback(status)` called, once they are written.
    pub(super) shutdown: RefCell<Option<JsObject>>,
}

impl Stream {
    fn new(fd: RawFd, op: &'static str, owned: bool) -> Stream {
        Stream {
            fd,
            op,
            owned,
            closed: Cell::new(false),
            watch: Cell::new(None),
            refed: Cell::new(true),
            onread: RefCell::new(None),
            writes: RefCell::new(VecDeque::new()),
            scratch: RefCell::new(None),
            connecting: RefCell::new(None),
            shutdown: RefCell::new(None),
        }
    }
}

/// A handle JavaScript can use with this binding's functions, on a
/// non-blocking `fd` it owns (a socket made by `ops/net`). With a
/// `connecting` callback, it is called once the connect completes.
pub fn new_handle(
    fd: RawFd,
    op: &'static str,
    connecting: Option<JsObject>,
    context: &mut Context,
) -> JsValue {
    let stream = Rc::new(Stream::new(fd, op, true));
    if connecting.is_some() {
        *stream.connecting.borrow_mut() = connecting;
        update_watch(&stream, context);
    }
    JsObject::from_proto_and_data(None, Handle { stream }).into()
}

/// The fd of a handle made here, while it is open.
pub fn fd_of(handle: &JsValue) -> Option<RawFd> {
    let stream = stream_of(std::slice::from_ref(handle)).ok()?;
    (!stream.closed.get()).then_some(stream.fd)
}

#[derive(Trace, Finalize, JsData)]
struct Handle {
    #[unsafe_ignore_trace]
    stream: Rc<Stream>,
}

fn stream_of(args: &[JsValue]) -> JsResult<Rc<Stream>> {
    let handle = args.first().and_then(JsValue::as_object);
    let stream = handle
        .as_ref()
        .and_then(|h| h.downcast_ref::<Handle>().map(|h| h.stream.clone()));
    stream.ok_or_else(|| {
        JsNativeError::typ()
            .with_message("not a pipe handle")
            .into()
    })
}

pub(super) fn errno() -> i32 {
    std::io::Error::last_os_error()
        .raw_os_error()
        .unwrap_or(libc::EIO)
}

/// `open(fd, terminal, owned)`: a handle on `fd`, or `-errno`. A terminal is
/// opened again by name, as libuv does, so that making it non-blocking does
/// not change the terminal for the shell and other processes sharing it.
/// `owned` hands the fd itself to the handle (a child's stdio pipe), which
/// closes it when it closes.
fn open(_: &JsValue, args: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let fd = arg(args, 0).as_number().unwrap_or(-1.0) as RawFd;
    let (fd, owned) = if arg(args, 1).to_boolean() {
        match reopen_terminal(fd) {
            Some(own) => (own, true),
            None => (fd, false),
        }
    } else {
        (fd, arg(args, 2).to_boolean())
    };
    // SAFETY: fcntl on an fd with plain integer arguments.
    let flags = unsafe { libc::fcntl(fd, libc::F_GETFL) };
    // SAFETY: as above.
    if flags < 0 || unsafe { libc::fcntl(fd, libc::F_SETFL, flags | libc::O_NONBLOCK) } < 0 {
        return Ok(JsValue::from(-errno()));
    }
    let op = if arg(args, 1).to_boolean() {
        "tty"
    } else {
        "pipe"
    };
    let stream = Rc::new(Stream::new(fd, op, owned));
    Ok(JsObject::from_proto_and_data(None, Handle { stream }).into())
}

/// A new fd on the terminal `fd` refers to, or None if it has no name.
fn reopen_terminal(fd: RawFd) -> Option<RawFd> {
    let mut name = [0 as libc::c_char; 256];
    // SAFETY: ttyname_r writes at most `name.len()` bytes, NUL-terminated.
    if unsafe { libc::ttyname_r(fd, name.as_mut_ptr(), name.len()) } != 0 {
        return None;
    }
    // SAFETY: `name` is NUL-terminated by ttyname_r.
    let own = unsafe {
        libc::open(
            name.as_ptr(),
            libc::O_RDWR | libc::O_CLOEXEC | libc::O_NOCTTY,
        )
    };
    (own >= 0).then_some(own)
}

/// `readStart(handle, onread)`.
fn read_start(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let stream = stream_of(args)?;
    let Some(onread) = arg(args, 1).as_object() else {
        return Err(JsNativeError::typ()
            .with_message("onread must be a function")
            .into());
    };
    *stream.onread.borrow_mut() = Some(onread.clone());
    Ok(JsValue::from(update_watch(&stream, context)))
}

/// `readStop(handle)`.
fn read_stop(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let stream = stream_of(args)?;
    stream.onread.borrow_mut().take();
    Ok(JsValue::from(update_watch(&stream, context)))
}

/// `write(handle, bytes, callback)`: 0 if every byte went out now, 1 if the
/// rest waits (then `callback(status)` runs once it is written), or `-errno`.
fn write(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let stream = stream_of(args)?;
    if stream.closed.get() {
        return Ok(JsValue::from(-libc::EBADF));
    }
    let data = with_bytes(&arg(args, 1), context, <[u8]>::to_vec)?;
    // Bytes queued before must go first.
    let written = if stream.writes.borrow().is_empty() {
        match write_some(stream.fd, &data) {
            Ok(n) => n,
            Err(e) => return Ok(JsValue::from(-e)),
        }
    } else {
        0
    };
    if written == data.len() {
        return Ok(JsValue::from(0));
    }
    let Some(callback) = arg(args, 2).as_object() else {
        return Err(JsNativeError::typ()
            .with_message("callback must be a function")
            .into());
    };
    stream.writes.borrow_mut().push_back(PendingWrite {
        data,
        written,
        callback: callback.clone(),
    });
    let status = update_watch(&stream, context);
    Ok(JsValue::from(if status < 0 { status } else { 1 }))
}

/// `shutdown(handle, callback)`: ends the writing side (a socket's FIN)
/// after the writes queued before it. 0 if done now, 1 if `callback(status)`
/// will be called once the writes are out, or `-errno`.
fn shutdown(_: &JsValue, args: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let stream = stream_of(args)?;
    if stream.closed.get() {
        return Ok(JsValue::from(-libc::EBADF));
    }
    if stream.writes.borrow().is_empty() {
        return Ok(JsValue::from(ready::shutdown_now(stream.fd)));
    }
    let Some(callback) = arg(args, 1).as_object() else {
        return Err(JsNativeError::typ()
            .with_message("callback must be a function")
            .into());
    };
    *stream.shutdown.borrow_mut() = Some(callback.clone());
    Ok(JsValue::from(1))
}

/// `close(handle)`: stops reading, fails writes still waiting with
/// `ECANCELED` (on the next callbacks), closes an owned fd.
fn close(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let stream = stream_of(args)?;
    if stream.closed.replace(true) {
        return Ok(JsValue::undefined());
    }
    stream.onread.borrow_mut().take();
    stream.connecting.borrow_mut().take();
    stream.shutdown.borrow_mut().take();
    let waiting: Vec<_> = stream.writes.borrow_mut().drain(..).collect();
    update_watch(&stream, context);
    if stream.owned {
        // SAFETY: the handle owns this fd and nothing uses it after this.
        unsafe { libc::close(stream.fd) };
    }
    for w in waiting {
        w.callback.call(
            &JsValue::undefined(),
            &[JsValue::from(-libc::ECANCELED)],
            context,
        )?;
    }
    Ok(JsValue::undefined())
}

fn ref_(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    set_ref(args, true, context)
}

fn unref(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    set_ref(args, false, context)
}

fn set_ref(args: &[JsValue], refed: bool, context: &mut Context) -> JsResult<JsValue> {
    let stream = stream_of(args)?;
    stream.refed.set(refed);
    if let Some(id) = stream.watch.get() {
        Host::get(context).kitchen.set_watch_ref(id, refed);
    }
    Ok(JsValue::undefined())
}
