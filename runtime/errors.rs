//! Node-style errors thrown by the natives.
//!
//! The error objects themselves are made in JavaScript
//! (`stdlib-js/internal/errors.js`, loaded on the first error), so their
//! messages, `code` properties and `Name [CODE]: message` headers have one
//! definition for natives and builtins alike.

use crate::stdlib;
use boa_engine::{js_string, Context, JsError, JsValue};

/// `TypeError [ERR_INVALID_ARG_TYPE]: The "<name>" argument must be of type <expected>. Received ...`
pub fn invalid_arg_type(
    context: &mut Context,
    name: &str,
    expected: &str,
    actual: &JsValue,
) -> JsError {
    stdlib::node_error(
        context,
        "ERR_INVALID_ARG_TYPE",
        &[
            js_string!(name).into(),
            js_string!(expected).into(),
            actual.clone(),
        ],
    )
}

/// A Node-shaped system error (`EACCES: permission denied, open '/x'` with
/// `errno`, `code`, `syscall`, `path`) for an `io::Error`.
pub fn io_error(context: &mut Context, err: &std::io::Error, syscall: &str, path: &str) -> JsError {
    let errno = err.raw_os_error().unwrap_or(libc::EIO);
    let (code, text) = errno_name(errno);
    let message = format!("{code}: {text}, {syscall} '{path}'");
    let obj = boa_engine::JsNativeError::error()
        .with_message(message)
        .into_opaque(context);
    let _ = obj.set(js_string!("errno"), -errno, false, context);
    let _ = obj.set(js_string!("code"), js_string!(code), false, context);
    let _ = obj.set(js_string!("syscall"), js_string!(syscall), false, context);
    let _ = obj.set(js_string!("path"), js_string!(path), false, context);
    JsError::from_opaque(obj.into())
}

/// libuv's name and message for an errno.
pub fn errno_name(errno: i32) -> (&'static str, &'static str) {
    match errno {
        libc::ENOENT => ("ENOENT", "no such file or directory"),
        libc::EACCES => ("EACCES", "permission denied"),
        libc::EPERM => ("EPERM", "operation not permitted"),
        libc::EISDIR => ("EISDIR", "illegal operation on a directory"),
        libc::ENOTDIR => ("ENOTDIR", "not a directory"),
        libc::ELOOP => ("ELOOP", "too many symbolic links encountered"),
        libc::ENAMETOOLONG => ("ENAMETOOLONG", "name too long"),
        libc::EMFILE => ("EMFILE", "too many open files"),
        libc::EBADF => ("EBADF", "bad file descriptor"),
        libc::EEXIST => ("EEXIST", "file already exists"),
        libc::ENOTEMPTY => ("ENOTEMPTY", "directory not empty"),
        _ => ("EIO", "i/o error"),
    }
}
