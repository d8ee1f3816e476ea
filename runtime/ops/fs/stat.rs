//! `stat`, `lstat`, `fstat`, `statfs`, `access` and `exists`.

use super::fds::{with_fd, Target};
use super::result::{run, FsError, Value};
use super::{int_arg, path_arg, sys_error};
use crate::ops::arg;
use boa_engine::{Context, JsResult, JsValue};
use std::os::unix::fs::MetadataExt;

/// `exists(path)`: whether `access(path, F_OK)` succeeds (existsSync).
pub(super) fn exists(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let path = path_arg(args, 0, context);
    Ok(path.access(libc::F_OK).is_ok().into())
}

/// `access(path, mode, req)`.
pub(super) fn access(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let path = path_arg(args, 0, context);
    let mode = int_arg(args, 1, libc::F_OK);
    let detail = path.shown().into_owned();
    run(context, &arg(args, 2), "fs.access", &detail, move || {
        path.access(mode)
            .map(|()| Value::Undefined)
            .map_err(|e| sys_error(&e, "access", &path))
    })
}

/// The fields of Node's `Stats`, in its order, with each time as seconds
/// and nanoseconds (fs.js makes the `*Ms`, `*Ns` and Date views).
fn stats_numbers(m: &std::fs::Metadata) -> Value {
    let birth = m
        .created()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map_or((0, 0), |d| {
            (d.as_secs() as i64, i64::from(d.subsec_nanos()))
        });
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
        m.atime() as f64,
        m.atime_nsec() as f64,
        m.mtime() as f64,
        m.mtime_nsec() as f64,
        m.ctime() as f64,
        m.ctime_nsec() as f64,
        birth.0 as f64,
        birth.1 as f64,
    ];
    Value::Numbers(fields.to_vec())
}

/// `stat(path, follow, throwIfNoEntry, req)`: the Stats fields, or
/// undefined for a missing entry when `throwIfNoEntry` is false.
pub(super) fn stat(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let path = path_arg(args, 0, context);
    let follow = args.get(1).is_some_and(JsValue::to_boolean);
    let throw_if_missing = args.get(2).is_none_or(JsValue::to_boolean);
    let detail = path.shown().into_owned();
    run(
        context,
        &arg(args, 3),
        "fs.stat",
        &detail,
        move || match path.metadata(follow) {
            Ok(m) => Ok(stats_numbers(&m)),
            Err(e) => {
                let missing = matches!(e.raw_os_error(), Some(libc::ENOENT | libc::ENOTDIR));
                if missing && !throw_if_missing {
                    return Ok(Value::Undefined);
                }
                Err(sys_error(&e, if follow { "stat" } else { "lstat" }, &path))
            }
        },
    )
}

/// `fstat(fd, req)`.
pub(super) fn fstat(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let req = arg(args, 1);
    let fd = int_arg(args, 0, -1);
    let target = Target::fd(fd, context, !req.is_undefined());
    run(context, &req, "fs.fstat", &format!("fd {fd}"), move || {
        with_fd(&target?, 0, 0, |fd| {
            if fd < 0 {
                return Err(FsError::errno(libc::EBADF, "fstat", None));
            }
            // The File must not close an fd it does not own.
            // SAFETY: only used for fstat; a bad fd makes it fail with EBADF.
            let file = std::mem::ManuallyDrop::new(unsafe {
                <std::fs::File as std::os::fd::FromRawFd>::from_raw_fd(fd)
            });
            file.metadata()
                .map(|m| stats_numbers(&m))
                .map_err(|e| FsError::from_io(&e, "fstat", None))
        })
    })
}

/// `statfs(path, req)`: `[type, bsize, frsize, blocks, bfree, bavail, files, ffree]`.
pub(super) fn statfs(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let path = path_arg(args, 0, context);
    let detail = path.shown().into_owned();
    run(context, &arg(args, 1), "fs.statfs", &detail, move || {
        let st = path.statfs().map_err(|e| sys_error(&e, "statfs", &path))?;
        Ok(Value::Numbers(vec![
            st.f_type as f64,
            st.f_bsize as f64,
            st.f_frsize as f64,
            st.f_blocks as f64,
            st.f_bfree as f64,
            st.f_bavail as f64,
            st.f_files as f64,
            st.f_ffree as f64,
        ]))
    })
}
