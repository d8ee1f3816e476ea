//! `stat`, `lstat`, `fstat`, `statfs`, `access` and `exists`.

use super::fds::{with_fd, Target};
use super::result::{run, FsError, Value};
use super::{int_arg, path_arg, sys_error};
use crate::ops::arg;
use boa_engine::{js_string, Context, JsBigInt, JsObject, JsResult, JsValue};
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

/// What a stat found, made into a `Stats` (or `BigIntStats`) object on the
/// main thread: the object is built here rather than in JavaScript, where
/// fourteen assignments cost more than the system call.
pub struct StatFields {
    /// dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks.
    numbers: [u64; 10],
    /// atime, mtime, ctime, birthtime: seconds and nanoseconds.
    times: [(i64, i64); 4],
    bigint: bool,
}

const NAMES: [&str; 10] = [
    "dev", "mode", "nlink", "uid", "gid", "rdev", "blksize", "ino", "size", "blocks",
];
const TIMES: [(&str, &str); 4] = [
    ("atimeMs", "atimeNs"),
    ("mtimeMs", "mtimeNs"),
    ("ctimeMs", "ctimeNs"),
    ("birthtimeMs", "birthtimeNs"),
];

/// `Stats.prototype` and `BigIntStats.prototype`, registered by
/// internal/fs/utils.js when it loads.
struct StatsProtos(JsObject, JsObject);

/// `setStatsPrototypes(Stats.prototype, BigIntStats.prototype)`.
pub(super) fn set_stats_prototypes(
    _: &JsValue,
    args: &[JsValue],
    context: &mut Context,
) -> JsResult<JsValue> {
    let proto = |i: usize| args.get(i).and_then(JsValue::as_object);
    if let (Some(number), Some(bigint)) = (proto(0), proto(1)) {
        context.insert_data(StatsProtos(number, bigint));
    }
    Ok(JsValue::undefined())
}

impl StatFields {
    fn of(m: &std::fs::Metadata, bigint: bool) -> StatFields {
        let birth = m
            .created()
            .ok()
            .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
            .map_or((0, 0), |d| {
                (d.as_secs() as i64, i64::from(d.subsec_nanos()))
            });
        StatFields {
            numbers: [
                m.dev(),
                u64::from(m.mode()),
                m.nlink(),
                u64::from(m.uid()),
                u64::from(m.gid()),
                m.rdev(),
                m.blksize(),
                m.ino(),
                m.size(),
                m.blocks(),
            ],
            times: [
                (m.atime(), m.atime_nsec()),
                (m.mtime(), m.mtime_nsec()),
                (m.ctime(), m.ctime_nsec()),
                birth,
            ],
            bigint,
        }
    }

    /// The `Stats` object (main thread), with Node's own properties in its order.
    pub(super) fn into_js(self, context: &mut Context) -> JsResult<JsValue> {
        let proto = context.get_data::<StatsProtos>().map(|p| {
            if self.bigint {
                p.1.clone()
            } else {
                p.0.clone()
            }
        });
        let stats = JsObject::with_object_proto(context.intrinsics());
        stats.set_prototype(proto);
        for (name, n) in NAMES.iter().zip(self.numbers) {
            let value = if self.bigint {
                JsBigInt::from(n).into()
            } else {
                JsValue::from(n as f64)
            };
            stats.create_data_property_or_throw(js_string!(*name), value, context)?;
        }
        for ((ms, _), (s, ns)) in TIMES.iter().zip(self.times) {
            let value = if self.bigint {
                JsBigInt::from((s * 1_000_000_000 + ns).div_euclid(1_000_000)).into()
            } else {
                JsValue::from(s as f64 * 1e3 + ns as f64 / 1e6)
            };
            stats.create_data_property_or_throw(js_string!(*ms), value, context)?;
        }
        if self.bigint {
            for ((_, ns_name), (s, ns)) in TIMES.iter().zip(self.times) {
                let value = JsBigInt::from(i128::from(s) * 1_000_000_000 + i128::from(ns));
                stats.create_data_property_or_throw(js_string!(*ns_name), value, context)?;
            }
        }
        Ok(stats.into())
    }
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
