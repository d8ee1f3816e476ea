//! What kind of fd a stream is made on, as libuv guesses it.

use crate::ops::arg;
use boa_engine::{js_string, Context, JsResult, JsValue};
use std::os::fd::RawFd;

/// `guessHandleType(fd)`: what `fd` is, in libuv's terms (`uv_guess_handle`):
/// `TTY`, `FILE` (a regular file or a character device), `PIPE` (a FIFO or
/// a Unix socket), `TCP`, `UDP` or `UNKNOWN`.
pub(super) fn guess_handle_type(
    _: &JsValue,
    args: &[JsValue],
    _: &mut Context,
) -> JsResult<JsValue> {
    let fd = arg(args, 0).as_number().unwrap_or(-1.0);
    let kind = if fd < 0.0 || fd > f64::from(i32::MAX) {
        "UNKNOWN"
    } else {
        handle_type(fd as RawFd)
    };
    Ok(js_string!(kind).into())
}

fn handle_type(fd: RawFd) -> &'static str {
    // SAFETY: isatty takes any integer.
    if unsafe { libc::isatty(fd) } == 1 {
        return "TTY";
    }
    // SAFETY: fstat writes a `stat` into the zeroed struct we pass.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    // SAFETY: as above.
    if unsafe { libc::fstat(fd, &mut st) } != 0 {
        return "UNKNOWN";
    }
    match st.st_mode & libc::S_IFMT {
        libc::S_IFREG | libc::S_IFCHR => "FILE",
        libc::S_IFIFO => "PIPE",
        libc::S_IFSOCK => socket_type(fd),
        _ => "UNKNOWN",
    }
}

fn socket_type(fd: RawFd) -> &'static str {
    // SAFETY: getsockname writes at most `len` bytes into `addr`.
    let mut addr: libc::sockaddr_storage = unsafe { std::mem::zeroed() };
    let mut len = std::mem::size_of::<libc::sockaddr_storage>() as libc::socklen_t;
    // SAFETY: as above.
    if unsafe {
        libc::getsockname(
            fd,
            (&mut addr as *mut libc::sockaddr_storage).cast(),
            &mut len,
        )
    } != 0
    {
        return "UNKNOWN";
    }
    let mut kind: libc::c_int = 0;
    let mut kind_len = std::mem::size_of::<libc::c_int>() as libc::socklen_t;
    // SAFETY: getsockopt writes one c_int.
    let got = unsafe {
        libc::getsockopt(
            fd,
            libc::SOL_SOCKET,
            libc::SO_TYPE,
            (&mut kind as *mut libc::c_int).cast(),
            &mut kind_len,
        )
    };
    match (i32::from(addr.ss_family), got == 0, kind) {
        (libc::AF_UNIX, _, _) => "PIPE",
        (libc::AF_INET | libc::AF_INET6, true, libc::SOCK_STREAM) => "TCP",
        (libc::AF_INET | libc::AF_INET6, true, libc::SOCK_DGRAM) => "UDP",
        _ => "UNKNOWN",
    }
}
