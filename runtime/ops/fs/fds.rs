//! File descriptors: what a call reads or writes (a path or an fd), the fds
//! a sandboxed script owns, `open` and `close`.

use super::result::{run, FsError, Value};
use super::{int_arg, path_arg};
use crate::host::Host;
use crate::ops::arg;
use crate::sandbox::FsPath;
use boa_engine::{Context, JsResult, JsValue};
use std::os::fd::OwnedFd;
use std::os::fd::{AsRawFd, FromRawFd, IntoRawFd};

/// What to read or write: a path fs.js validated, or an fd.
pub(super) enum Target {
    Path(FsPath),
    Fd(i32),
    /// For a pool job under an allow-list: a duplicate of the script's fd
    /// (shown as that number), so a `close` running first on another
    /// worker cannot hand the number to someone else's file meanwhile.
    Dup(i32, OwnedFd),
}

impl Target {
    /// `(path, fd)` arguments: a string path, else the number in `fd`.
    /// `pool`: the target goes to a pool job.
    pub(super) fn from_args(
        args: &[JsValue],
        i: usize,
        context: &Context,
        pool: bool,
    ) -> Result<Target, FsError> {
        if let Some(s) = args.get(i).and_then(JsValue::as_string) {
            let sandbox = &Host::get(context).config.sandbox;
            return Ok(Target::Path(sandbox.locate(s.to_std_string_lossy())));
        }
        Target::fd(int_arg(args, i + 1, -1), context, pool)
    }

    /// The script's fd `fd` (see `script_fd`). `pool`: the target goes to a pool job.
    pub(super) fn fd(fd: i32, context: &Context, pool: bool) -> Result<Target, FsError> {
        let host = Host::get(context);
        let fd = script_fd(&host, fd);
        if !(pool && host.config.sandbox.is_active() && fd >= 0) {
            return Ok(Target::Fd(fd));
        }
        // SAFETY: F_DUPFD_CLOEXEC has no memory-safety preconditions.
        let copy = unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 0) };
        if copy < 0 {
            return Err(FsError::last("dup", None));
        }
        // SAFETY: fcntl returned a new fd that nothing else owns.
        Ok(Target::Dup(fd, unsafe { OwnedFd::from_raw_fd(copy) }))
    }

    pub(super) fn detail(&self) -> String {
        match self {
            Target::Path(p) => p.shown().into_owned(),
            Target::Fd(fd) | Target::Dup(fd, _) => format!("fd {fd}"),
        }
    }
}

/// `fd` as the script may use it. With an allow-list, only the fds it
/// opened through `fs` (and 0-2) are its own; any other becomes -1, so the
/// call fails with EBADF named after its own system call, exactly as Node
/// reports a bad fd.
pub(super) fn script_fd(host: &Host, fd: i32) -> i32 {
    let sandboxed = host.config.sandbox.is_active();
    if !sandboxed || (0..=2).contains(&fd) || host.script_fds.borrow().contains(&fd) {
        fd
    } else {
        -1
    }
}

fn sys_close(fd: i32) -> Result<(), FsError> {
    // SAFETY: closing an fd has no memory-safety preconditions.
    if unsafe { libc::close(fd) } != 0 {
        return Err(FsError::last("close", None));
    }
    Ok(())
}

/// `open(2)` of `path`, with Node's error (`open 'path'`).
fn open_path(path: &FsPath, flags: i32, mode: u32) -> Result<OwnedFd, FsError> {
    path.open(flags, mode)
        .map_err(|e| FsError::from_io(&e, "open", Some(&path.shown())))
}

/// Opens `target` (unless it is an fd), runs `f` on the fd, closes what it opened.
pub(super) fn with_fd<R>(
    target: &Target,
    flags: i32,
    mode: u32,
    f: impl FnOnce(i32) -> Result<R, FsError>,
) -> Result<R, FsError> {
    match target {
        Target::Fd(fd) => f(*fd),
        Target::Dup(_, fd) => f(fd.as_raw_fd()),
        Target::Path(p) => {
            let fd = open_path(p, flags, mode)?.into_raw_fd();
            let result = f(fd);
            let closed = sys_close(fd);
            let value = result?;
            closed?;
            Ok(value)
        }
    }
}

/// The fd argument of a close: no longer the script's from now on.
fn closing_fd(args: &[JsValue], context: &Context) -> i32 {
    let host = Host::get(context);
    let fd = script_fd(&host, int_arg(args, 0, -1));
    host.script_fds.borrow_mut().remove(&fd);
    fd
}

/// `open(path, flags, mode, req)`.
pub(super) fn open(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let path = path_arg(args, 0, context);
    let flags = int_arg(args, 1, libc::O_RDONLY);
    let mode = int_arg(args, 2, 0o666) as u32;
    let detail = path.shown().into_owned();
    run(context, &arg(args, 3), "fs.open", &detail, move || {
        open_path(&path, flags, mode).map(|fd| Value::Fd(fd.into_raw_fd()))
    })
}

/// `close(fd, req)`.
pub(super) fn close(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let fd = closing_fd(args, context);
    run(
        context,
        &arg(args, 1),
        "fs.close",
        &format!("fd {fd}"),
        move || sys_close(fd).map(|()| Value::Undefined),
    )
}
