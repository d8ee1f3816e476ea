//! Writing all of a buffer to a file descriptor, whatever it is.
//!
//! Node writes stdout and stderr synchronously on Linux (files, terminals
//! and pipes alike) and drops nothing: a pipe that another process made
//! non-blocking (`O_NONBLOCK` is shared by every process holding the same
//! open pipe) answers EAGAIN when full, and the write then waits until the
//! reader has made room instead of losing the rest.

use std::io;

/// Writes every byte of `bytes` to `fd`, waiting (poll) while a
/// non-blocking descriptor is full. The error is the first one that is not
/// EINTR or EAGAIN (EPIPE, ENOSPC, EBADF, ...).
pub fn write_all(fd: i32, mut bytes: &[u8]) -> io::Result<()> {
    while !bytes.is_empty() {
        // SAFETY: writing from a valid slice to a descriptor we do not own or close.
        let n = unsafe { libc::write(fd, bytes.as_ptr().cast(), bytes.len()) };
        if n >= 0 {
            bytes = &bytes[n as usize..];
            continue;
        }
        let err = io::Error::last_os_error();
        match err.raw_os_error() {
            Some(libc::EINTR) => {}
            Some(libc::EAGAIN) => wait_writable(fd)?,
            _ => return Err(err),
        }
    }
    Ok(())
}

/// Sleeps until `fd` can take more bytes (or has failed: the next write
/// reports how).
fn wait_writable(fd: i32) -> io::Result<()> {
    let mut pfd = libc::pollfd {
        fd,
        events: libc::POLLOUT,
        revents: 0,
    };
    loop {
        // SAFETY: one valid pollfd, no timeout.
        let n = unsafe { libc::poll(&mut pfd, 1, -1) };
        if n >= 0 {
            return Ok(());
        }
        let err = io::Error::last_os_error();
        if err.raw_os_error() != Some(libc::EINTR) {
            return Err(err);
        }
    }
}
