//! A file's attributes and contents as a whole: `chmod`, `chown`/`lchown`,
//! `utimes`/`lutimes`, `truncate`, `copyFile`.

use super::fds::{with_fd, Target};
use super::result::{run, FsError, Value};
use super::{check, int_arg, num_arg, path_arg, sys_error, timespec};
use crate::ops::arg;
use boa_engine::{Context, JsResult, JsValue};
use std::os::fd::AsRawFd;

/// `chmod(path, mode, req)`.
pub(super) fn chmod(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let path = path_arg(args, 0, context);
    let mode = int_arg(args, 1, 0o666) as u32;
    let detail = path.shown().into_owned();
    run(context, &arg(args, 2), "fs.chmod", &detail, move || {
        path.chmod(mode)
            .map(|()| Value::Undefined)
            .map_err(|e| sys_error(&e, "chmod", &path))
    })
}

/// `chown(path, uid, gid, follow, req)` (`lchown` without `follow`).
pub(super) fn chown(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let path = path_arg(args, 0, context);
    let (uid, gid) = (num_arg(args, 1) as u32, num_arg(args, 2) as u32);
    let follow = args.get(3).is_some_and(JsValue::to_boolean);
    let detail = path.shown().into_owned();
    run(context, &arg(args, 4), "fs.chown", &detail, move || {
        path.chown(uid, gid, follow)
            .map(|()| Value::Undefined)
            .map_err(|e| sys_error(&e, if follow { "chown" } else { "lchown" }, &path))
    })
}

/// `utimes(path, atime, mtime, follow, req)`, times in seconds (`lutimes`
/// without `follow`).
pub(super) fn utimes(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let path = path_arg(args, 0, context);
    let times = [timespec(num_arg(args, 1)), timespec(num_arg(args, 2))];
    let follow = args.get(3).is_some_and(JsValue::to_boolean);
    let detail = path.shown().into_owned();
    run(context, &arg(args, 4), "fs.utimes", &detail, move || {
        path.utimes(&times, follow)
            .map(|()| Value::Undefined)
            .map_err(|e| sys_error(&e, if follow { "utime" } else { "lutime" }, &path))
    })
}

/// `truncate(path, length, req)`: as Node, open 'r+' then ftruncate.
pub(super) fn truncate(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let target = Target::Path(path_arg(args, 0, context));
    let len = num_arg(args, 1) as libc::off_t;
    let detail = target.detail();
    run(context, &arg(args, 2), "fs.truncate", &detail, move || {
        with_fd(&target, libc::O_RDWR, 0o666, |fd| {
            // SAFETY: ftruncate on an fd we opened.
            check(unsafe { libc::ftruncate(fd, len) }, "ftruncate")
        })
        .map(|()| Value::Undefined)
    })
}

/// `COPYFILE_EXCL`, `COPYFILE_FICLONE_FORCE` (fs.constants).
const COPYFILE_EXCL: i32 = 1;
const COPYFILE_FICLONE_FORCE: i32 = 4;

/// `copyFile(src, dest, mode, req)`: the contents (a clone where the file
/// system shares blocks, else `copy_file_range`), and src's permissions.
pub(super) fn copy_file(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let (src, dest) = (path_arg(args, 0, context), path_arg(args, 1, context));
    let mode = int_arg(args, 2, 0);
    let detail = src.shown().into_owned();
    run(context, &arg(args, 3), "fs.copyFile", &detail, move || {
        let fail = |e: &std::io::Error| sys_error(e, "copyfile", &src).with_dest(&dest.shown());
        let from = std::fs::File::from(src.open(libc::O_RDONLY, 0).map_err(|e| fail(&e))?);
        let meta = from.metadata().map_err(|e| fail(&e))?;
        if meta.is_dir() {
            return Err(fail(&std::io::Error::from_raw_os_error(libc::EISDIR)));
        }
        let mut flags = libc::O_WRONLY | libc::O_CREAT | libc::O_TRUNC;
        if mode & COPYFILE_EXCL != 0 {
            flags |= libc::O_EXCL;
        }
        let perm = std::os::unix::fs::PermissionsExt::mode(&meta.permissions());
        let to = dest.open(flags, perm).map_err(|e| fail(&e))?;
        // SAFETY: ioctl FICLONE between two fds we own.
        let cloned = unsafe { libc::ioctl(to.as_raw_fd(), libc::FICLONE, from.as_raw_fd()) } == 0;
        if !cloned && mode & COPYFILE_FICLONE_FORCE != 0 {
            return Err(fail(&std::io::Error::last_os_error()));
        }
        let mut to = std::fs::File::from(to);
        if !cloned {
            std::io::copy(&mut &from, &mut to).map_err(|e| fail(&e))?;
        }
        // SAFETY: fchmod on an fd we own.
        check(unsafe { libc::fchmod(to.as_raw_fd(), perm) }, "copyfile").map_err(|e| match e {
            FsError::Sys { errno, .. } => fail(&std::io::Error::from_raw_os_error(errno)),
            other => other,
        })?;
        Ok(Value::Undefined)
    })
}
