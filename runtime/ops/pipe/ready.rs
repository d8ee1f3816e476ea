//! A pipe handle's I/O when the kitchen says its fd is ready: queued
//! writes are flushed, and one chunk is read per call, so that JavaScript's
//! ticks and promise jobs run between chunks (and between the last chunk
//! and the end), as after each of libuv's read callbacks.

use super::Stream;
use crate::host::Host;
use crate::kitchen::io::{OnReady, Progress, Ready};
use crate::ops::buffer::new_buffer;
use boa_engine::object::builtins::AlignedVec;
use boa_engine::{Context, JsResult, JsValue};
use mio::Interest;
use std::os::fd::RawFd;
use std::rc::Rc;

/// How much one `read` takes, as libuv's 64 KiB suggestion.
const CHUNK: usize = 64 * 1024;

pub(super) fn write_some(fd: RawFd, data: &[u8]) -> Result<usize, i32> {
    let mut written = 0;
    while written < data.len() {
        let rest = &data[written..];
        // SAFETY: writes at most `rest.len()` bytes from `rest`.
        let n = unsafe { libc::write(fd, rest.as_ptr().cast(), rest.len()) };
        if n >= 0 {
            written += n as usize;
            continue;
        }
        match super::errno() {
            libc::EINTR => continue,
            libc::EAGAIN => break,
            e => return Err(e),
        }
    }
    Ok(written)
}

/// Watches the fd for what the handle waits for now (reading, writes
/// waiting), re-arming it so data already there is reported; stops watching
/// when it waits for nothing. 0, or `-errno` if the fd cannot be watched.
pub(super) fn update_watch(stream: &Rc<Stream>, context: &mut Context) -> i32 {
    let reading = stream.onread.borrow().is_some() && !stream.closed.get();
    let writing = !stream.writes.borrow().is_empty() || stream.connecting.borrow().is_some();
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
                None => Ok(Progress::Idle),
            });
            kitchen
                .watch(stream.fd, interest, stream.op, on_ready)
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

/// The fd is ready: flush waiting writes, then read one chunk if
/// JavaScript wants data.
fn on_ready(stream: &Rc<Stream>, ready: Ready, context: &mut Context) -> JsResult<Progress> {
    if ready.writable || ready.closed {
        if stream.connecting.borrow().is_some() {
            finish_connect(stream, context)?;
        }
        flush_writes(stream, context)?;
    }
    let progress = if ready.readable || ready.closed {
        read_one(stream, context)?
    } else {
        Progress::Idle
    };
    update_watch(stream, context);
    Ok(progress)
}

/// A socket's connect is over: tells JavaScript how it went (0 or
/// `-errno`, from `SO_ERROR`).
fn finish_connect(stream: &Rc<Stream>, context: &mut Context) -> JsResult<()> {
    let mut error: libc::c_int = 0;
    let mut len = std::mem::size_of::<libc::c_int>() as libc::socklen_t;
    // SAFETY: SO_ERROR writes one c_int into `error`, whose size is `len`.
    let status = unsafe {
        libc::getsockopt(
            stream.fd,
            libc::SOL_SOCKET,
            libc::SO_ERROR,
            (&mut error as *mut libc::c_int).cast(),
            &mut len,
        )
    };
    let status = if status < 0 { -super::errno() } else { -error };
    let callback = stream.connecting.borrow_mut().take();
    update_watch(stream, context);
    if let Some(callback) = callback {
        callback.call(&JsValue::undefined(), &[JsValue::from(status)], context)?;
    }
    Ok(())
}

/// Ends the writing side of a socket now: 0 or `-errno`.
pub(super) fn shutdown_now(fd: RawFd) -> i32 {
    // SAFETY: shutdown on an fd with a constant.
    if unsafe { libc::shutdown(fd, libc::SHUT_WR) } < 0 {
        -super::errno()
    } else {
        0
    }
}

fn flush_writes(stream: &Rc<Stream>, context: &mut Context) -> JsResult<()> {
    loop {
        let front = {
            let mut writes = stream.writes.borrow_mut();
            let Some(w) = writes.front_mut() else {
                drop(writes);
                return finish_shutdown(stream, context);
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

/// Does the half-close that waited for the writes, now that they are out.
fn finish_shutdown(stream: &Rc<Stream>, context: &mut Context) -> JsResult<()> {
    let Some(callback) = stream.shutdown.borrow_mut().take() else {
        return Ok(());
    };
    let status = shutdown_now(stream.fd);
    callback.call(&JsValue::undefined(), &[JsValue::from(status)], context)?;
    Ok(())
}

/// Reads one chunk and hands it to `onread`: `More` after data (the next
/// read may find more), `Idle` when there is nothing now, at the end, or
/// after an error.
fn read_one(stream: &Rc<Stream>, context: &mut Context) -> JsResult<Progress> {
    let Some(onread) = stream.onread.borrow().clone() else {
        return Ok(Progress::Idle);
    };
    // The handle's own read buffer: made once, not a zeroed 64 KiB per chunk.
    let mut scratch = stream.scratch.borrow_mut();
    let buf = scratch.get_or_insert_with(|| vec![0u8; CHUNK].into_boxed_slice());
    let n = loop {
        // SAFETY: reads at most CHUNK bytes into a buffer of CHUNK bytes.
        let n = unsafe { libc::read(stream.fd, buf.as_mut_ptr().cast(), CHUNK) };
        if n >= 0 || super::errno() != libc::EINTR {
            break n;
        }
    };
    let (value, progress) = if n > 0 {
        let mut bytes = AlignedVec::with_capacity(0, n as usize);
        bytes.extend_from_slice(&buf[..n as usize]);
        (new_buffer(bytes, context)?, Progress::More)
    } else if n == 0 {
        // The end: reading is over, as libuv stops on UV_EOF.
        stream.onread.borrow_mut().take();
        (JsValue::null(), Progress::Idle)
    } else {
        match super::errno() {
            libc::EAGAIN => return Ok(Progress::Idle),
            e => {
                stream.onread.borrow_mut().take();
                (JsValue::from(-e), Progress::Idle)
            }
        }
    };
    // No borrow held while JavaScript runs.
    drop(scratch);
    onread.call(&JsValue::undefined(), &[value], context)?;
    Ok(progress)
}
