//! `stat`, `lstat`, `fstat`, `statfs`, `access` and `exists`.

use super::fds::{with_fd, Target};
use super::result::{run, FsError, Value};
use super::stats::StatFields;
use super::{int_arg, path_arg, sys_error};
use crate::ops::arg;
use boa_engine::{Context, JsResult, JsValue};

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

fn stats_value(m: &std::fs::Metadata, bigint: bool) -> Value {
    Value::Stats(Box::new(StatFields::of(m, bigint)))
}

/// `stat(path, follow, throwIfNoEntry, bigint, req)`: a Stats, or
/// undefined for a missing entry when `throwIfNoEntry` is false.
pub(super) fn stat(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let path = path_arg(args, 0, context);
    let follow = args.get(1).is_some_and(JsValue::to_boolean);
    let throw_if_missing = args.get(2).is_none_or(JsValue::to_boolean);
    let bigint = args.get(3).is_some_and(JsValue::to_boolean);
    let detail = path.shown().into_owned();
    run(
        context,
        &arg(args, 4),
        "fs.stat",
        &detail,
        move || match path.metadata(follow) {
            Ok(m) => Ok(stats_value(&m, bigint)),
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

/// `fstat(fd, bigint, req)`.
pub(super) fn fstat(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let req = arg(args, 2);
    let bigint = args.get(1).is_some_and(JsValue::to_boolean);
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
                .map(|m| stats_value(&m, bigint))
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
