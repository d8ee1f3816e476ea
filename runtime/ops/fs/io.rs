//! Calls on a file descriptor: `read`, `write`, `fsync`/`fdatasync`,
//! `ftruncate`, `fchmod`, `fchown`, `futimes`. `readv`/`writev` are these
//! with the buffers gathered or scattered by fs.js.

use super::fds::{with_fd, Target};
use super::read::{data_arg, read_some};
use super::result::{run, FsError, Value};
use super::{check, int_arg, num_arg, timespec};
use crate::ops::arg;
use boa_engine::object::builtins::AlignedVec;
use boa_engine::{Context, JsResult, JsValue};

/// A position argument: `None` (the fd's own) for -1, null or undefined;
/// a number, or the decimal text of a BigInt past 2^53 (exact).
fn position_arg(args: &[JsValue], i: usize) -> Option<i64> {
    let value = args.get(i)?;
    if let Some(text) = value.as_string() {
        return text.to_std_string_lossy().parse().ok();
    }
    value.as_number().filter(|p| *p >= 0.0).map(|p| p as i64)
}

/// The fd argument 0 and the form `req` (argument `req_at`) asks for.
fn fd_call(
    args: &[JsValue],
    req_at: usize,
    context: &Context,
) -> (Result<Target, FsError>, JsValue, String) {
    let req = arg(args, req_at);
    let fd = int_arg(args, 0, -1);
    (
        Target::fd(fd, context, !req.is_undefined()),
        req,
        format!("fd {fd}"),
    )
}

/// `read(fd, length, position, req)`: the bytes read, as a Buffer that
/// fs.js copies into the caller's buffer.
pub(super) fn read(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let (target, req, detail) = fd_call(args, 3, context);
    let length = num_arg(args, 1) as usize;
    let position = position_arg(args, 2);
    run(context, &req, "fs.read", &detail, move || {
        with_fd(&target?, 0, 0, |fd| {
            let mut buf = AlignedVec::with_capacity(0, length);
            if length > 0 {
                read_some(fd, &mut buf, length, position)?;
            }
            Ok(Value::Bytes(buf))
        })
    })
}

/// `write(fd, data, encoding, position, req)`: one `write(2)` (or
/// `pwrite(2)`), the number of bytes written.
pub(super) fn write(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let (target, req, detail) = fd_call(args, 4, context);
    let data = data_arg(args, 1, context)?;
    let position = position_arg(args, 3);
    run(context, &req, "fs.write", &detail, move || {
        with_fd(&target?, 0, 0, |fd| loop {
            let (ptr, len) = (data.as_ptr().cast(), data.len());
            // SAFETY: `data` is valid for `len` bytes.
            let n = match position {
                None => unsafe { libc::write(fd, ptr, len) },
                // SAFETY: as above.
                Some(at) => unsafe { libc::pwrite(fd, ptr, len, at as libc::off_t) },
            };
            if n >= 0 {
                return Ok(Value::Number(n as f64));
            }
            let err = FsError::last("write", None);
            if !err.interrupted() {
                return Err(err);
            }
        })
    })
}

/// A call on the fd argument 0 with no result: `call(fd)` in the form
/// argument `req_at` asks for.
fn fd_void(
    args: &[JsValue],
    req_at: usize,
    context: &mut Context,
    op: &'static str,
    call: impl FnOnce(i32) -> Result<(), FsError> + Send + 'static,
) -> JsResult<JsValue> {
    let (target, req, detail) = fd_call(args, req_at, context);
    run(context, &req, op, &detail, move || {
        with_fd(&target?, 0, 0, call).map(|()| Value::Undefined)
    })
}

/// `fsync(fd, datasync, req)`.
pub(super) fn fsync(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    if args.get(1).is_some_and(JsValue::to_boolean) {
        // SAFETY: no memory-safety preconditions.
        return fd_void(args, 2, context, "fs.fdatasync", |fd| {
            check(unsafe { libc::fdatasync(fd) }, "fdatasync")
        });
    }
    // SAFETY: no memory-safety preconditions.
    fd_void(args, 2, context, "fs.fsync", |fd| {
        check(unsafe { libc::fsync(fd) }, "fsync")
    })
}

/// `ftruncate(fd, length, req)`.
pub(super) fn ftruncate(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let len = num_arg(args, 1) as libc::off_t;
    // SAFETY: no memory-safety preconditions.
    fd_void(args, 2, context, "fs.ftruncate", move |fd| {
        check(unsafe { libc::ftruncate(fd, len) }, "ftruncate")
    })
}

/// `fchmod(fd, mode, req)`.
pub(super) fn fchmod(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let mode = int_arg(args, 1, 0) as libc::mode_t;
    // SAFETY: no memory-safety preconditions.
    fd_void(args, 2, context, "fs.fchmod", move |fd| {
        check(unsafe { libc::fchmod(fd, mode) }, "fchmod")
    })
}

/// `fchown(fd, uid, gid, req)`.
pub(super) fn fchown(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let (uid, gid) = (num_arg(args, 1) as u32, num_arg(args, 2) as u32);
    // SAFETY: no memory-safety preconditions.
    fd_void(args, 3, context, "fs.fchown", move |fd| {
        check(unsafe { libc::fchown(fd, uid, gid) }, "fchown")
    })
}

/// `futimes(fd, atime, mtime, req)`, times in seconds.
pub(super) fn futimes(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let times = [timespec(num_arg(args, 1)), timespec(num_arg(args, 2))];
    // SAFETY: `times` holds two timespecs.
    fd_void(args, 3, context, "fs.futimes", move |fd| {
        check(unsafe { libc::futimens(fd, times.as_ptr()) }, "futime")
    })
}
