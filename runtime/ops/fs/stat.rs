//! `stat`, `fstat`, `access` and `exists`.

use super::fds::script_fd;
use super::result::FsError;
use super::{int_arg, path_arg, thrown};
use crate::host::Host;
use boa_engine::object::builtins::JsArray;
use boa_engine::{Context, JsResult, JsValue};
use std::os::fd::FromRawFd;
use std::os::unix::fs::MetadataExt;

/// `exists(path)`: whether `access(path, F_OK)` succeeds.
pub(super) fn exists(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let path = path_arg(args, 0, context);
    Ok(path.access(libc::F_OK).is_ok().into())
}

/// `access(path, mode)`: throws like Node's accessSync.
pub(super) fn access(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let path = path_arg(args, 0, context);
    path.access(int_arg(args, 1, libc::F_OK))
        .map_err(|e| thrown(&e, "access", &path, context))?;
    Ok(JsValue::undefined())
}

/// The fields of Node's `Stats`, in its order.
fn stats_array(m: &std::fs::Metadata, context: &mut Context) -> JsValue {
    let ms = |s: i64, ns: i64| s as f64 * 1e3 + ns as f64 / 1e6;
    let birth = m
        .created()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map_or(0.0, |d| d.as_secs_f64() * 1e3);
    let fields = [
        m.dev() as f64,
        m.mode() as f64,
        m.nlink() as f64,
        m.uid() as f64,
        m.gid() as f64,
        m.rdev() as f64,
        m.blksize() as f64,
        m.ino() as f64,
        m.size() as f64,
        m.blocks() as f64,
        ms(m.atime(), m.atime_nsec()),
        ms(m.mtime(), m.mtime_nsec()),
        ms(m.ctime(), m.ctime_nsec()),
        birth,
    ];
    JsArray::from_iter(fields.into_iter().map(JsValue::from), context).into()
}

/// `stat(path, lstat, throwIfNoEntry)`: the Stats fields, or undefined for
/// a missing entry when `throwIfNoEntry` is false.
pub(super) fn stat(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let path = path_arg(args, 0, context);
    let lstat = args.get(1).is_some_and(JsValue::to_boolean);
    let throw_if_missing = args.get(2).is_none_or(JsValue::to_boolean);
    match path.metadata(!lstat) {
        Ok(m) => Ok(stats_array(&m, context)),
        Err(e) => {
            let missing = matches!(e.raw_os_error(), Some(libc::ENOENT | libc::ENOTDIR));
            if missing && !throw_if_missing {
                return Ok(JsValue::undefined());
            }
            let syscall = if lstat { "lstat" } else { "stat" };
            Err(thrown(&e, syscall, &path, context))
        }
    }
}

pub(super) fn fstat(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let fd = script_fd(&Host::get(context), int_arg(args, 0, -1));
    if fd < 0 {
        // Not the script's (std's File cannot even hold -1).
        let bad = std::io::Error::from_raw_os_error(libc::EBADF);
        return Err(FsError::from_io(&bad, "fstat", None).throw(context));
    }
    // The File must not close an fd it does not own.
    let file = std::mem::ManuallyDrop::new(unsafe_file(fd));
    match file.metadata() {
        Ok(m) => Ok(stats_array(&m, context)),
        Err(e) => Err(FsError::from_io(&e, "fstat", None).throw(context)),
    }
}

fn unsafe_file(fd: i32) -> std::fs::File {
    // SAFETY: the File is wrapped in ManuallyDrop by the caller and only
    // used for fstat; a bad fd makes fstat fail with EBADF.
    unsafe { std::fs::File::from_raw_fd(fd) }
}
