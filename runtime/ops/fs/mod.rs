//! Natives behind `fs` (`stdlib-js/fs.js`, `stdlib-js/internal/fs/`).
//!
//! Every call takes its arguments, validated by the JavaScript (Node's
//! messages live there), then a last `req` argument, as Node's own bindings
//! do: `undefined` runs the call now and throws (the sync form), a function
//! is the callback of a pool job, anything else returns a promise settled
//! by a pool job (`result::run`). Errors are Node's `UVException` objects
//! made in `errors.rs`.
//!
//! `readFile` is one pool job: open, fstat, read to EOF, close, and the
//! decoding to a string, all on a worker. The bytes are read into an
//! `AlignedVec<u8>` that the main thread adopts as an ArrayBuffer, so a
//! completion costs the same for 5 bytes as for 64 MiB.
//!
//! Every path goes through the runtime's `Sandbox` (`sandbox/`): located
//! on the main thread when the call is made, resolved by the thread that
//! performs the system call. With an allow-list, fd arguments are limited
//! to the fds the script opened (`Host::script_fds`).

mod attrs;
mod entries;
mod fds;
mod io;
mod links;
mod read;
mod result;
mod stat;
mod stats;
mod watch;

use super::NativeFn;
use crate::host::Host;
use crate::sandbox::FsPath;
use boa_engine::{Context, JsObject, JsResult, JsValue};
use result::FsError;

pub fn binding(context: &mut Context) -> JsResult<JsObject> {
    let functions: [(&str, NativeFn, usize); 36] = [
        ("readFile", read::read_file_native, 5),
        ("writeFile", read::write_file_native, 7),
        ("watchStart", watch::watch_start, 3),
        ("watchClose", watch::watch_close, 1),
        ("watchRef", watch::watch_ref, 2),
        ("open", fds::open, 4),
        ("close", fds::close, 2),
        ("read", io::read, 4),
        ("write", io::write, 5),
        ("fsync", io::fsync, 3),
        ("ftruncate", io::ftruncate, 3),
        ("fchmod", io::fchmod, 3),
        ("fchown", io::fchown, 4),
        ("futimes", io::futimes, 4),
        ("exists", stat::exists, 1),
        ("access", stat::access, 3),
        ("stat", stat::stat, 5),
        ("fstat", stat::fstat, 3),
        ("setStatsPrototypes", stats::set_stats_prototypes, 2),
        ("statfs", stat::statfs, 2),
        ("mkdir", entries::mkdir, 4),
        ("mkdtemp", entries::mkdtemp, 2),
        ("rm", entries::rm, 4),
        ("rmdir", entries::rmdir, 2),
        ("unlink", entries::unlink, 2),
        ("rename", entries::rename, 3),
        ("readdir", entries::readdir, 4),
        ("link", links::link, 3),
        ("symlink", links::symlink, 3),
        ("readlink", links::readlink, 2),
        ("realpath", links::realpath, 3),
        ("chmod", attrs::chmod, 3),
        ("chown", attrs::chown, 5),
        ("utimes", attrs::utimes, 5),
        ("truncate", attrs::truncate, 3),
        ("copyFile", attrs::copy_file, 4),
    ];
    Ok(super::binding_functions(context, &functions).build())
}

fn int_arg(args: &[JsValue], i: usize, default: i32) -> i32 {
    args.get(i)
        .and_then(JsValue::as_number)
        .map_or(default, |n| n as i32)
}

fn num_arg(args: &[JsValue], i: usize) -> f64 {
    args.get(i).and_then(JsValue::as_number).unwrap_or(0.0)
}

/// Path argument `i`, located by the runtime's sandbox.
fn path_arg(args: &[JsValue], i: usize, context: &Context) -> FsPath {
    Host::get(context)
        .config
        .sandbox
        .locate(string_arg(args, i))
}

fn string_arg(args: &[JsValue], i: usize) -> String {
    args.get(i)
        .and_then(JsValue::as_string)
        .map(|s| s.to_std_string_lossy())
        .unwrap_or_default()
}

/// The error of `syscall` on `path`.
fn sys_error(e: &std::io::Error, syscall: &'static str, path: &FsPath) -> FsError {
    FsError::from_io(e, syscall, Some(&path.shown()))
}

/// `Ok` of a libc call's 0, else the OS error of `syscall` (no path).
fn check(ret: libc::c_int, syscall: &'static str) -> Result<(), FsError> {
    if ret == 0 {
        Ok(())
    } else {
        Err(FsError::last(syscall, None))
    }
}

/// Seconds (a JavaScript number, fractions allowed) as a `timespec`.
fn timespec(seconds: f64) -> libc::timespec {
    let whole = seconds.floor();
    libc::timespec {
        tv_sec: whole as libc::time_t,
        tv_nsec: ((seconds - whole) * 1e9).round().min(999_999_999.0) as libc::c_long,
    }
}

/// A call on two paths with no result (`rename`, `link`): `(from, to, req)`;
/// its error names both (`syscall 'from' -> 'to'`).
fn two_paths(
    args: &[JsValue],
    context: &mut Context,
    op: &'static str,
    syscall: &'static str,
    call: fn(&FsPath, &FsPath) -> std::io::Result<()>,
) -> JsResult<JsValue> {
    let (from, to) = (path_arg(args, 0, context), path_arg(args, 1, context));
    let detail = from.shown().into_owned();
    result::run(context, &super::arg(args, 2), op, &detail, move || {
        call(&from, &to)
            .map(|()| result::Value::Undefined)
            .map_err(|e| sys_error(&e, syscall, &from).with_dest(&to.shown()))
    })
}
