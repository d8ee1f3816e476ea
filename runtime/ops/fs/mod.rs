//! Natives behind `fs` (`stdlib-js/fs.js`).
//!
//! `readFile` is one pool job: open, fstat, read to EOF, close, and the
//! decoding to a string, all on a worker. The bytes are read into an
//! `AlignedVec<u8>` that the main thread adopts as an ArrayBuffer, so a
//! completion costs the same for 5 bytes as for 64 MiB. Arguments arrive
//! validated by `fs.js` (Node's messages live there); errors are Node's
//! `UVException` objects made in `errors.rs`.
//!
//! Every path goes through the runtime's `Sandbox` (`sandbox.rs`): located
//! on the main thread when the call is made, resolved by the thread that
//! performs the system call. With an allow-list, fd arguments are limited
//! to the fds the script opened (`Host::script_fds`).

mod entries;
mod fds;
mod read;
mod result;
mod stat;

use super::NativeFn;
use crate::host::Host;
use crate::sandbox::FsPath;
use boa_engine::{Context, JsError, JsObject, JsResult, JsValue};
use entries::{chmod, mkdir, readdir, rm, rmdir, symlink, truncate, unlink};
use fds::{close_async, close_sync, open_async, open_sync};
use read::{read_file_async, read_file_promise, read_file_sync, write_file_async, write_file_sync};
use result::FsError;
use stat::{access, exists, fstat, stat};

pub fn binding(context: &mut Context) -> JsResult<JsObject> {
    let functions: [(&str, NativeFn, usize); 21] = [
        ("readFile", read_file_async, 5),
        ("readFilePromise", read_file_promise, 4),
        ("readFileSync", read_file_sync, 4),
        ("writeFile", write_file_async, 7),
        ("writeFileSync", write_file_sync, 6),
        ("open", open_async, 4),
        ("openSync", open_sync, 3),
        ("close", close_async, 2),
        ("closeSync", close_sync, 1),
        ("exists", exists, 1),
        ("stat", stat, 3),
        ("fstat", fstat, 1),
        ("mkdir", mkdir, 3),
        ("rm", rm, 3),
        ("unlink", unlink, 1),
        ("rmdir", rmdir, 1),
        ("readdir", readdir, 1),
        ("symlink", symlink, 2),
        ("access", access, 2),
        ("chmod", chmod, 2),
        ("truncate", truncate, 2),
    ];
    Ok(super::binding_functions(context, &functions).build())
}

fn int_arg(args: &[JsValue], i: usize, default: i32) -> i32 {
    args.get(i)
        .and_then(JsValue::as_number)
        .map_or(default, |n| n as i32)
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

/// The error a synchronous call on `path` throws.
fn thrown(
    e: &std::io::Error,
    syscall: &'static str,
    path: &FsPath,
    context: &mut Context,
) -> JsError {
    FsError::from_io(e, syscall, Some(&path.shown())).throw(context)
}
