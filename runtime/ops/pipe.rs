//! Natives behind streams over a pipe or a terminal (`stdlib-js/internal/
//! stdio/pipe.js`): `process.stdin` when it is one, and later a child's
//! stdio. As libuv's stream handles, a handle reads and writes its fd
//! without blocking, and the kitchen's watch (`kitchen/io.rs`) tells it when
//! the fd is ready. The handle is watched only while it reads or has writes
//! waiting, so it keeps the loop alive exactly then (and only if ref'd).
//!
//! JavaScript gets `onread(chunk)` for data, `onread(null)` at the end and
//! `onread(-errno)` for an error; a queued write calls `callback(status)`.

use super::buffer::{new_buffer, with_bytes};
use super::{arg, binding_functions, NativeFn};
use crate::host::Host;
use crate::kitchen::io::{OnReady, Ready, WatchId};
use boa_engine::object::builtins::AlignedVec;
use boa_engine::{
    js_string, Context, Finalize, JsData, JsNativeError, JsObject, JsResult, JsValue, Trace,
};
use mio::Interest;
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::os::fd::RawFd;
use std::rc::Rc;

pub fn binding(context: &mut Context) -> JsResult<JsObject> {
    let functions: [(&str, NativeFn, usize); 8] = [
        ("guessHandleType", guess_handle_type, 1),
        ("open", open, 3),
        ("readStart", read_start, 2),
        ("readStop", read_stop, 1),
        ("write", write, 3),
        ("close", close, 1),
        ("ref", ref_, 1),
        ("unref", unref, 1),
    ];
    Ok(binding_functions(context, &functions).build())
}

/// How much one `read` takes, as libuv's 64 KiB suggestion.
const CHUNK: usize = 64 * 1024;
/// Reads per readiness event before the handle lets other callbacks run
/// (it re-arms its watch to be told again).
const READS_PER_TURN: usize = 16;

/// A write that did not fit in the pipe yet.
struct PendingWrite {
    data: Vec<u8>,
    written: usize,
    callback: JsObject,
}

/// The state of one handle, shared by its JavaScript object and its watch.
struct Stream {
    fd: RawFd,
    /// Whether closing the handle closes the fd (a reopened terminal, a
    /// pipe sous made); stdin's own fd 0 stays open.
    owned: bool,
    closed: Cell<bool>,
    watch: Cell<Option<WatchId>>,
    refed: Cell<bool>,
    onread: RefCell<Option<JsObject>>,
    writes: RefCell<VecDeque<PendingWrite>>,
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

fn errno() -> i32 {
    std::io::Error::last_os_error()
        .raw_os_error()
        .unwrap_or(libc::EIO)
}

/// `guessHandleType(fd)`: what `fd` is, in libuv's terms (`uv_guess_handle`):
/// `TTY`, `FILE` (a regular file or a character device), `PIPE` (a FIFO or
/// a Unix socket), `TCP`, `UDP` or `UNKNOWN`.
fn guess_handle_type(_: &JsValue, args: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let fd = arg(args, 0).as_number().unwrap_or(-1.0);
    let kind = if fd < 0.0 || fd > f64::from(i32::MAX) {
        "UNKNOWN"
    } else {
        handle_type(fd as RawFd)
    };
    Ok(js_string!(kind).into())
}

fn handle_type(fd: RawFd) -> &'static str {
    // SAFETY: isatty takes any integer.
    if unsafe { libc::isatty(fd) } == 1 {
        return "TTY";
    }
    // SAFETY: fstat writes a `stat` into the zeroed struct we pass.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    // SAFETY: as above.
    if unsafe { libc::fstat(fd, &mut st) } != 0 {
        return "UNKNOWN";
    }
    match st.st_mode & libc::S_IFMT {
        libc::S_IFREG | libc::S_IFCHR => "FILE",
        libc::S_IFIFO => "PIPE",
        libc::S_IFSOCK => socket_type(fd),
        _ => "UNKNOWN",
    }
}

fn socket_type(fd: RawFd) -> &'static str {
    // SAFETY: getsockname writes at most `len` bytes into `addr`.
    let mut addr: libc::sockaddr_storage = unsafe { std::mem::zeroed() };
    let mut len = std::mem::size_of::<libc::sockaddr_storage>() as libc::socklen_t;
    // SAFETY: as above.
    if unsafe {
        libc::getsockname(
            fd,
            (&mut addr as *mut libc::sockaddr_storage).cast(),
            &mut len,
        )
    } != 0
    {
        return "UNKNOWN";
    }
    let mut kind: libc::c_int = 0;
    let mut kind_len = std::mem::size_of::<libc::c_int>() as libc::socklen_t;
    // SAFETY: getsockopt writes one c_int.
    let got = unsafe {
        libc::getsockopt(
            fd,
            libc::SOL_SOCKET,
            libc::SO_TYPE,
            (&mut kind as *mut libc::c_int).cast(),
            &mut kind_len,
        )
    };
    match (i32::from(addr.ss_family), got == 0, kind) {
        (libc::AF_UNIX, _, _) => "PIPE",
        (libc::AF_INET | libc::AF_INET6, true, libc::SOCK_STREAM) => "TCP",
        (libc::AF_INET | libc::AF_INET6, true, libc::SOCK_DGRAM) => "UDP",
        _ => "UNKNOWN",
    }
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
    let stream = Rc::new(Stream {
        fd,
        owned,
        closed: Cell::new(false),
        watch: Cell::new(None),
        refed: Cell::new(true),
        onread: RefCell::new(None),
        writes: RefCell::new(VecDeque::new()),
    });
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

/// Writes what the fd takes now: the count, or the errno (not EAGAIN).
fn write_some(fd: RawFd, data: &[u8]) -> Result<usize, i32> {
    let mut written = 0;
    while written < data.len() {
        let rest = &data[written..];
        // SAFETY: writes at most `rest.len()` bytes from `rest`.
        let n = unsafe { libc::write(fd, rest.as_ptr().cast(), rest.len()) };
        if n >= 0 {
            written += n as usize;
            continue;
        }
        match errno() {
            libc::EINTR => continue,
            libc::EAGAIN => break,
            e => return Err(e),
        }
    }
    Ok(written)
}

/// `close(handle)`: stops reading, fails writes still waiting with
/// `ECANCELED` (on the next callbacks), closes an owned fd.
fn close(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let stream = stream_of(args)?;
    if stream.closed.replace(true) {
        return Ok(JsValue::undefined());
    }
    stream.onread.borrow_mut().take();
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

/// Watches the fd for what the handle waits for now (reading, writes
/// waiting), re-arming it so data already there is reported; stops watching
/// when it waits for nothing. 0, or `-errno` if the fd cannot be watched.
fn update_watch(stream: &Rc<Stream>, context: &mut Context) -> i32 {
    let reading = stream.onread.borrow().is_some() && !stream.closed.get();
    let writing = !stream.writes.borrow().is_empty();
    let interest = match (reading, writing) {
        (true, true) => Some(Interest::READABLE | Interest::WRITABLE),
        (true, false) => Some(Interest::READABLE),
        (false, true) => Some(Interest::WRITABLE),
        (false, false) => None,
    };
    let host = Host::get(context);
    let kitchen = &host.kitchen;
    let result = match (interest, stream.watch.get()) {
        (None, None) => Ok(()),
        (None, Some(id)) => {
            kitchen.unwatch(id);
            stream.watch.set(None);
            Ok(())
        }
        (Some(interest), Some(id)) => kitchen.rearm(id, interest),
        (Some(interest), None) => {
            let weak = Rc::downgrade(stream);
            let on_ready: OnReady = Rc::new(move |context, ready| match weak.upgrade() {
                Some(stream) => on_ready(&stream, ready, context),
                None => Ok(()),
            });
            kitchen
                .watch(stream.fd, interest, "pipe", on_ready)
                .map(|id| {
                    kitchen.set_watch_ref(id, stream.refed.get());
                    stream.watch.set(Some(id));
                })
        }
    };
    match result {
        Ok(()) => 0,
        Err(e) => -e.raw_os_error().unwrap_or(libc::EIO),
    }
}

/// The fd is ready: flush waiting writes, then read while JavaScript wants data.
fn on_ready(stream: &Rc<Stream>, ready: Ready, context: &mut Context) -> JsResult<()> {
    if ready.writable || ready.closed {
        flush_writes(stream, context)?;
    }
    if ready.readable || ready.closed {
        read_available(stream, context)?;
    }
    update_watch(stream, context);
    Ok(())
}

fn flush_writes(stream: &Rc<Stream>, context: &mut Context) -> JsResult<()> {
    loop {
        let front = {
            let mut writes = stream.writes.borrow_mut();
            let Some(w) = writes.front_mut() else {
                return Ok(());
            };
            match write_some(stream.fd, &w.data[w.written..]) {
                Ok(n) => {
                    w.written += n;
                    if w.written < w.data.len() {
                        return Ok(());
                    }
                    writes.pop_front().map(|w| (w.callback, 0))
                }
                Err(e) => writes.pop_front().map(|w| (w.callback, -e)),
            }
        };
        if let Some((callback, status)) = front {
            callback.call(&JsValue::undefined(), &[JsValue::from(status)], context)?;
        }
    }
}

fn read_available(stream: &Rc<Stream>, context: &mut Context) -> JsResult<()> {
    for _ in 0..READS_PER_TURN {
        let Some(onread) = stream.onread.borrow().clone() else {
            return Ok(());
        };
        let mut buf = [0u8; CHUNK];
        // SAFETY: reads at most CHUNK bytes into a buffer of CHUNK bytes.
        let n = unsafe { libc::read(stream.fd, buf.as_mut_ptr().cast(), CHUNK) };
        let value = if n > 0 {
            let mut bytes = AlignedVec::with_capacity(0, n as usize);
            bytes.extend_from_slice(&buf[..n as usize]);
            new_buffer(bytes, context)?
        } else if n == 0 {
            // The end: reading is over, as libuv stops on UV_EOF.
            stream.onread.borrow_mut().take();
            JsValue::null()
        } else {
            match errno() {
                libc::EINTR => continue,
                libc::EAGAIN => return Ok(()),
                e => {
                    stream.onread.borrow_mut().take();
                    JsValue::from(-e)
                }
            }
        };
        let last = !value.is_object();
        onread.call(&JsValue::undefined(), &[value], context)?;
        if last {
            return Ok(());
        }
    }
    // More may be waiting: `on_ready` re-arms the watch, which reports data
    // already there on the next poll, so other callbacks run first.
    Ok(())
}
