//! Node-style errors thrown by the natives.
//!
//! The error objects themselves are made in JavaScript
//! (`stdlib-js/internal/errors.js`, loaded on the first error), so their
//! messages, `code` properties and `Name [CODE]: message` headers have one
//! definition for natives and builtins alike.

use crate::stdlib;
use boa_engine::property::PropertyDescriptor;
use boa_engine::{
    js_string, Context, JsError, JsNativeError, JsObject, JsResult, JsString, JsValue,
};

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

/// libuv's name and message for an OS errno (`uv_err_name`, `uv_strerror`).
pub fn uv_error_text(errno: i32) -> (&'static str, &'static str) {
    match errno {
        libc::EPERM => ("EPERM", "operation not permitted"),
        libc::ENOENT => ("ENOENT", "no such file or directory"),
        libc::EIO => ("EIO", "i/o error"),
        libc::EBADF => ("EBADF", "bad file descriptor"),
        libc::EAGAIN => ("EAGAIN", "resource temporarily unavailable"),
        libc::ENOMEM => ("ENOMEM", "not enough memory"),
        libc::EACCES => ("EACCES", "permission denied"),
        libc::EBUSY => ("EBUSY", "resource busy or locked"),
        libc::EEXIST => ("EEXIST", "file already exists"),
        libc::EXDEV => ("EXDEV", "cross-device link not permitted"),
        libc::ENOTDIR => ("ENOTDIR", "not a directory"),
        libc::EISDIR => ("EISDIR", "illegal operation on a directory"),
        libc::EINVAL => ("EINVAL", "invalid argument"),
        libc::ENFILE => ("ENFILE", "file table overflow"),
        libc::EMFILE => ("EMFILE", "too many open files"),
        libc::ETXTBSY => ("ETXTBSY", "text file is busy"),
        libc::EFBIG => ("EFBIG", "file too large"),
        libc::ENOSPC => ("ENOSPC", "no space left on device"),
        libc::ESPIPE => ("ESPIPE", "invalid seek"),
        libc::EROFS => ("EROFS", "read-only file system"),
        libc::EMLINK => ("EMLINK", "too many links"),
        libc::EPIPE => ("EPIPE", "broken pipe"),
        libc::ENAMETOOLONG => ("ENAMETOOLONG", "name too long"),
        libc::ENOTEMPTY => ("ENOTEMPTY", "directory not empty"),
        libc::ELOOP => ("ELOOP", "too many symbolic links encountered"),
        libc::ENXIO => ("ENXIO", "no such device or address"),
        libc::ENODEV => ("ENODEV", "no such device"),
        libc::ECANCELED => ("ECANCELED", "operation canceled"),
        libc::ENOTSUP => ("ENOTSUP", "operation not supported on socket"),
        libc::ENOSYS => ("ENOSYS", "function not implemented"),
        _ => ("UNKNOWN", "unknown error"),
    }
}

/// Node's error for a failed system call (`UVException`): a plain `Error`
/// with message `CODE: description, syscall 'path'` and own enumerable
/// `errno` (negative), `code`, `syscall`, `path` (only when given), in that
/// order. Its `stack` is the header alone, as for Node's asynchronous fs
/// errors; synchronous callers add frames (`Error.captureStackTrace`).
pub fn uv_exception(
    context: &mut Context,
    errno: i32,
    syscall: &str,
    path: Option<&str>,
) -> JsObject {
    uv_exception_to(context, errno, syscall, path, None)
}

/// `uv_exception` for a call with a destination too (`chdir`, `rename`):
/// the message ends `syscall 'path' -> 'dest'`, and `dest` follows `path`.
pub fn uv_exception_to(
    context: &mut Context,
    errno: i32,
    syscall: &str,
    path: Option<&str>,
    dest: Option<&str>,
) -> JsObject {
    let (code, description) = uv_error_text(errno);
    let mut message = format!("{code}: {description}, {syscall}");
    if let Some(p) = path {
        message.push_str(&format!(" '{p}'"));
    }
    if let Some(d) = dest {
        message.push_str(&format!(" -> '{d}'"));
    }
    let mut props: Vec<(JsString, JsValue)> = vec![
        (js_string!("errno"), JsValue::from(-errno)),
        (js_string!("code"), js_string!(code).into()),
        (js_string!("syscall"), js_string!(syscall).into()),
    ];
    if let Some(p) = path {
        props.push((js_string!("path"), js_string!(p).into()));
    }
    if let Some(d) = dest {
        props.push((js_string!("dest"), js_string!(d).into()));
    }
    system_error(context, &message, props)
}

/// Node's error for a failed write to stdout or stderr. A stream's (pipe,
/// socket, terminal) reads `write EPIPE` with `errno`, `code`, `syscall`;
/// a file's (`SyncWriteStream`) reads `ENOSPC: no space left on device,
/// write` with `errno`, `syscall`, `code`.
pub fn stdio_write_error(context: &mut Context, errno: i32, stream: bool) -> JsObject {
    let (code, description) = uv_error_text(errno);
    let errno_prop = (js_string!("errno"), JsValue::from(-errno));
    let code_prop = (js_string!("code"), JsValue::from(js_string!(code)));
    let syscall_prop = (js_string!("syscall"), JsValue::from(js_string!("write")));
    if stream {
        let props = vec![errno_prop, code_prop, syscall_prop];
        system_error(context, &format!("write {code}"), props)
    } else {
        let props = vec![errno_prop, syscall_prop, code_prop];
        system_error(context, &format!("{code}: {description}, write"), props)
    }
}

/// A plain `Error` with `message`, the own enumerable `props` in order,
/// and the header alone as its `stack`.
fn system_error(context: &mut Context, message: &str, props: Vec<(JsString, JsValue)>) -> JsObject {
    let err = JsNativeError::error()
        .with_message(message.to_string())
        .into_opaque(context);
    for (key, value) in props {
        let _ = err.create_data_property_or_throw(key, value, context);
    }
    let stack = PropertyDescriptor::builder()
        .value(js_string!(format!("Error: {message}")))
        .writable(true)
        .enumerable(false)
        .configurable(true);
    let _ = err.define_property_or_throw(js_string!("stack"), stack, context);
    err
}

/// `Error.captureStackTrace(err)`: the header plus the current JS frames
/// (what a synchronous call's error carries in Node).
pub fn add_stack(err: &JsValue, context: &mut Context) {
    let error_ctor = context.intrinsics().constructors().error().constructor();
    if let Ok(capture) = error_ctor.get(js_string!("captureStackTrace"), context) {
        if let Some(capture) = capture.as_callable() {
            let _ = capture.call(&error_ctor.into(), std::slice::from_ref(err), context);
        }
    }
}

/// A Node-shaped system error for an `io::Error` (see `uv_exception`).
pub fn io_error(context: &mut Context, err: &std::io::Error, syscall: &str, path: &str) -> JsError {
    let errno = err.raw_os_error().unwrap_or(libc::EIO);
    JsError::from_opaque(uv_exception(context, errno, syscall, Some(path)).into())
}

/// `args[index]` if it is callable, else Node's `ERR_INVALID_ARG_TYPE` for "callback".
pub fn callback_arg(args: &[JsValue], index: usize, context: &mut Context) -> JsResult<JsObject> {
    let value = args.get(index).cloned().unwrap_or_default();
    match value.as_callable() {
        Some(f) => Ok(f),
        None => Err(invalid_arg_type(context, "callback", "function", &value)),
    }
}
