//! Starting a child process, shared by `spawn` and `spawnSync`: what libuv's
//! `uv_spawn` does. `std::process::Command` forks and execs, searches `PATH`
//! (the child's own when `env` is given, as libuv does), and reports an exec
//! failure (`ENOENT`, `EACCES`) as the errno; what it cannot say by itself
//! (`setsid`, stdio past fd 2) runs in `pre_exec` in the child.

use std::ffi::OsString;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};
use std::os::unix::ffi::OsStringExt;
use std::os::unix::process::CommandExt;
use std::process::{Command, Stdio};

/// What one of the child's fds (0, 1, 2, ...) is.
pub enum StdioSpec {
    /// A new socket pair: the child gets one end, the parent keeps the other.
    Pipe,
    /// `/dev/null` for 0-2, closed past them.
    Ignore,
    /// The parent's fd, shared (`'inherit'` is the same fd number).
    Fd(RawFd),
}

/// `uv_process_options_t`, read from JavaScript by `options.rs`.
pub struct SpawnOptions {
    pub file: OsString,
    /// The whole argv, `args[0]` included (it becomes the child's argv0).
    pub args: Vec<OsString>,
    pub cwd: Option<OsString>,
    /// `KEY=value` pairs; None keeps the parent's environment.
    pub env: Option<Vec<OsString>>,
    pub stdio: Vec<StdioSpec>,
    pub detached: bool,
    pub uid: Option<u32>,
    pub gid: Option<u32>,
}

/// A started child: its pid and the parent's end of each `Pipe`.
pub struct Spawned {
    pub pid: i32,
    pub pipes: Vec<Option<OwnedFd>>,
}

/// How many stdio entries past fd 2 a child may get (the child moves them
/// into place without allocating, through an array of this size).
const MAX_EXTRA_FDS: usize = 64;

/// Starts the child, or returns the errno (positive).
pub fn spawn(options: &SpawnOptions) -> Result<Spawned, i32> {
    let mut command = Command::new(&options.file);
    if let Some((argv0, rest)) = options.args.split_first() {
        command.arg0(argv0).args(rest);
    }
    if let Some(cwd) = &options.cwd {
        command.current_dir(cwd);
    }
    if let Some(env) = &options.env {
        command.env_clear();
        for pair in env {
            let bytes = pair.clone().into_vec();
            // Node passes pairs without '=' on as they are; Command needs a
            // key and a value, so they become an empty value.
            let (key, value) = match bytes.iter().position(|&b| b == b'=') {
                Some(at) => (bytes[..at].to_vec(), bytes[at + 1..].to_vec()),
                None => (bytes, Vec::new()),
            };
            command.env(OsString::from_vec(key), OsString::from_vec(value));
        }
    }
    if let Some(uid) = options.uid {
        command.uid(uid);
    }
    if let Some(gid) = options.gid {
        command.gid(gid);
    }

    let mut pipes: Vec<Option<OwnedFd>> = Vec::new();
    // Whether one of the child's fds 0-2 is non-blocking (a parent's fd it
    // inherits may be): only then must the child clear the flag.
    let mut nonblocking_stdio = false;
    // The child's ends past fd 2, as (target fd, source fd in the child).
    let mut extra: Vec<(RawFd, Option<OwnedFd>)> = Vec::new();
    for (target, spec) in options.stdio.iter().enumerate() {
        let (child_end, parent_end) = match spec {
            StdioSpec::Pipe => {
                let (parent, child) = socket_pair()?;
                (Some(child), Some(parent))
            }
            StdioSpec::Ignore => (None, None),
            StdioSpec::Fd(fd) => (Some(dup_cloexec(*fd)?), None),
        };
        pipes.push(parent_end);
        match target {
            0..=2 => {
                nonblocking_stdio |= child_end
                    .as_ref()
                    .is_some_and(|fd| is_nonblocking(fd.as_raw_fd()));
                let stdio = match child_end {
                    Some(fd) => Stdio::from(fd),
                    None => Stdio::null(),
                };
                match target {
                    0 => command.stdin(stdio),
                    1 => command.stdout(stdio),
                    _ => command.stderr(stdio),
                };
            }
            _ => extra.push((target as RawFd, child_end)),
        }
    }
    // Fewer than three entries: the rest are ignored, as in libuv.
    for target in options.stdio.len()..3 {
        match target {
            0 => command.stdin(Stdio::null()),
            1 => command.stdout(Stdio::null()),
            _ => command.stderr(Stdio::null()),
        };
    }

    if extra.len() > MAX_EXTRA_FDS {
        return Err(libc::EMFILE);
    }
    let detached = options.detached;
    let moves: Vec<(RawFd, RawFd)> = extra
        .iter()
        .filter_map(|(target, fd)| fd.as_ref().map(|fd| (*target, fd.as_raw_fd())))
        .collect();
    let closes: Vec<RawFd> = extra
        .iter()
        .filter(|(_, fd)| fd.is_none())
        .map(|(target, _)| *target)
        .collect();
    // Without anything to do between fork and exec, std spawns with
    // posix_spawn (a vfork-like clone): far cheaper than a fork of a large
    // process, which pre_exec forces.
    let needs_pre_exec = detached || nonblocking_stdio || !moves.is_empty() || !closes.is_empty();
    // SAFETY: the closure runs in the forked child before exec and calls
    // only async-signal-safe functions (setsid, fcntl, dup2, close); it
    // allocates nothing (the vectors were built before the fork).
    if needs_pre_exec {
        unsafe {
            command.pre_exec(move || {
                if detached && libc::setsid() < 0 {
                    return Err(std::io::Error::last_os_error());
                }
                // Fds 0-2 are in place by now. A descriptor the parent shares
                // may be non-blocking (the parent's end of another child's
                // pipe); programs expect blocking stdio, so libuv clears it too.
                for fd in 0..3 {
                    let flags = libc::fcntl(fd, libc::F_GETFL);
                    if flags >= 0 && flags & libc::O_NONBLOCK != 0 {
                        libc::fcntl(fd, libc::F_SETFL, flags & !libc::O_NONBLOCK);
                    }
                }
                place_fds(&moves, &closes)
            });
        }
    }
    let child = command
        .spawn()
        .map_err(|e| e.raw_os_error().unwrap_or(libc::EIO))?;
    // The std Child is dropped without waiting: the caller reaps the pid.
    Ok(Spawned {
        pid: child.id() as i32,
        pipes,
    })
}

/// In the child: moves each source fd onto its target number (past fd 2),
/// and closes the targets that are `'ignore'`. Sources are first moved above
/// every target so that one move cannot overwrite another's source.
fn place_fds(moves: &[(RawFd, RawFd)], closes: &[RawFd]) -> std::io::Result<()> {
    let above = moves.iter().map(|m| m.0).max().unwrap_or(0) + 1;
    let mut lifted = [0 as RawFd; MAX_EXTRA_FDS];
    for (i, (_, source)) in moves.iter().enumerate().take(lifted.len()) {
        // SAFETY: fcntl with plain integers; F_DUPFD picks a free fd >= above.
        let fd = unsafe { libc::fcntl(*source, libc::F_DUPFD_CLOEXEC, above) };
        if fd < 0 {
            return Err(std::io::Error::last_os_error());
        }
        lifted[i] = fd;
    }
    for (i, (target, _)) in moves.iter().enumerate().take(lifted.len()) {
        // SAFETY: dup2 with plain integers; the new fd is not close-on-exec.
        if unsafe { libc::dup2(lifted[i], *target) } < 0 {
            return Err(std::io::Error::last_os_error());
        }
    }
    for target in closes {
        // SAFETY: closing an fd number the child is not meant to have.
        unsafe { libc::close(*target) };
    }
    Ok(())
}

fn is_nonblocking(fd: RawFd) -> bool {
    // SAFETY: fcntl F_GETFL on an fd we hold, no pointers.
    let flags = unsafe { libc::fcntl(fd, libc::F_GETFL) };
    flags >= 0 && flags & libc::O_NONBLOCK != 0
}

/// A connected pair of Unix stream sockets (close-on-exec), as libuv makes
/// for a `'pipe'`: both ends can read and write.
fn socket_pair() -> Result<(OwnedFd, OwnedFd), i32> {
    let mut fds = [0 as RawFd; 2];
    // SAFETY: socketpair writes two fds into `fds`.
    let rc = unsafe {
        libc::socketpair(
            libc::AF_UNIX,
            libc::SOCK_STREAM | libc::SOCK_CLOEXEC,
            0,
            fds.as_mut_ptr(),
        )
    };
    if rc < 0 {
        return Err(last_errno());
    }
    // SAFETY: both fds were just created and are owned by nobody else.
    Ok(unsafe { (OwnedFd::from_raw_fd(fds[0]), OwnedFd::from_raw_fd(fds[1])) })
}

/// A close-on-exec copy of the parent's `fd`, for the child to get.
fn dup_cloexec(fd: RawFd) -> Result<OwnedFd, i32> {
    // SAFETY: fcntl with plain integers.
    let copy = unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 0) };
    if copy < 0 {
        return Err(last_errno());
    }
    // SAFETY: `copy` was just created and is owned by nobody else.
    Ok(unsafe { OwnedFd::from_raw_fd(copy) })
}

pub fn last_errno() -> i32 {
    std::io::Error::last_os_error()
        .raw_os_error()
        .unwrap_or(libc::EIO)
}

/// How a reaped child ended: its exit code, or the signal that killed it.
pub fn decode_status(status: i32) -> (Option<i32>, Option<i32>) {
    if libc::WIFSIGNALED(status) {
        (None, Some(libc::WTERMSIG(status)))
    } else {
        (Some(libc::WEXITSTATUS(status)), None)
    }
}

/// `pidfd_open(pid)`: an fd that becomes readable when the child exits.
pub fn pidfd_open(pid: i32) -> Result<OwnedFd, i32> {
    // SAFETY: a raw syscall with plain integer arguments.
    let fd = unsafe { libc::syscall(libc::SYS_pidfd_open, pid, 0) };
    if fd < 0 {
        return Err(last_errno());
    }
    // SAFETY: the kernel just made this fd for us (it is close-on-exec).
    Ok(unsafe { OwnedFd::from_raw_fd(fd as RawFd) })
}

/// `waitpid(pid, WNOHANG)`: the raw status once the child has ended.
pub fn try_reap(pid: i32) -> Result<Option<i32>, i32> {
    let mut status = 0;
    loop {
        // SAFETY: waitpid writes one int.
        let rc = unsafe { libc::waitpid(pid, &mut status, libc::WNOHANG) };
        if rc == pid {
            return Ok(Some(status));
        }
        if rc == 0 {
            return Ok(None);
        }
        match last_errno() {
            libc::EINTR => continue,
            e => return Err(e),
        }
    }
}
