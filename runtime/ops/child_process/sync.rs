//! `spawnSync`: runs a child to its end on the calling thread, as Node's
//! `SyncProcessRunner` does with a private loop. One `poll` waits on the
//! child's pidfd and every pipe at once, so a child that fills its stdout
//! while we still write its stdin cannot deadlock us. `timeout` and
//! `maxBuffer` (over all output) kill the child with `killSignal` and record
//! `ETIMEDOUT` / `ENOBUFS`; the pipes are then closed, as Node does.

use super::spawn::{decode_status, pidfd_open, spawn, try_reap, SpawnOptions};
use std::os::fd::{AsRawFd, OwnedFd, RawFd};
use std::time::{Duration, Instant};

pub struct SyncLimits {
    /// Milliseconds; None waits for ever.
    pub timeout: Option<u64>,
    pub kill_signal: i32,
    /// Bytes over all output pipes; None is unlimited.
    pub max_buffer: Option<usize>,
    /// Written to the child's fd 0 when it is a pipe.
    pub input: Option<Vec<u8>>,
}

pub struct SyncResult {
    pub pid: i32,
    pub status: Option<i32>,
    pub signal: Option<i32>,
    /// What each fd's pipe gave (None when it was not a pipe).
    pub output: Vec<Option<Vec<u8>>>,
    /// The errno of what went wrong (positive), if anything.
    pub error: Option<i32>,
}

/// The parent's end of one pipe while the child runs.
struct Pipe {
    fd: Option<OwnedFd>,
    /// Fd 0: what is left to write; others read into `output`.
    writing: bool,
    written: usize,
}

pub fn run(options: &SpawnOptions, limits: &SyncLimits) -> SyncResult {
    let spawned = match spawn(options) {
        Ok(spawned) => spawned,
        Err(e) => {
            return SyncResult {
                pid: 0,
                status: None,
                signal: None,
                output: Vec::new(),
                error: Some(e),
            }
        }
    };
    let pid = spawned.pid;
    let mut output: Vec<Option<Vec<u8>>> = Vec::new();
    let mut pipes: Vec<Pipe> = Vec::new();
    for (i, fd) in spawned.pipes.into_iter().enumerate() {
        let writing = i == 0;
        // Fd 0 is the child's input: it has no output to report.
        output.push(fd.as_ref().filter(|_| !writing).map(|_| Vec::new()));
        if let Some(fd) = &fd {
            set_nonblocking(fd.as_raw_fd());
        }
        // Fd 0 with nothing to write is closed at once: the child sees EOF.
        let fd = if writing && limits.input.as_ref().is_none_or(Vec::is_empty) {
            None
        } else {
            fd
        };
        pipes.push(Pipe {
            fd,
            writing,
            written: 0,
        });
    }
    let mut runner = Runner {
        pid,
        limits,
        pipes,
        output,
        raw_status: None,
        error: None,
        killed: false,
        buffered: 0,
    };
    runner.wait();
    let (status, signal) = match runner.raw_status {
        Some(raw) => decode_status(raw),
        None => (None, None),
    };
    SyncResult {
        pid,
        status,
        signal,
        output: runner.output,
        error: runner.error,
    }
}

struct Runner<'a> {
    pid: i32,
    limits: &'a SyncLimits,
    pipes: Vec<Pipe>,
    output: Vec<Option<Vec<u8>>>,
    raw_status: Option<i32>,
    error: Option<i32>,
    killed: bool,
    buffered: usize,
}

impl Runner<'_> {
    /// Until the child has ended and every pipe is closed.
    fn wait(&mut self) {
        let pidfd = match pidfd_open(self.pid) {
            Ok(fd) => Some(fd),
            Err(e) => {
                self.fail(e);
                None
            }
        };
        let deadline = self
            .limits
            .timeout
            // A deadline past what the clock can say is no deadline.
            .and_then(|ms| Instant::now().checked_add(Duration::from_millis(ms)));
        loop {
            if self.raw_status.is_none() {
                self.reap();
            }
            let open = self.pipes.iter().any(|p| p.fd.is_some());
            if self.raw_status.is_some() && !open {
                return;
            }
            let mut fds: Vec<libc::pollfd> = Vec::new();
            if self.raw_status.is_none() {
                if let Some(pidfd) = &pidfd {
                    fds.push(poll_fd(pidfd.as_raw_fd(), libc::POLLIN));
                }
            }
            for pipe in &self.pipes {
                if let Some(fd) = &pipe.fd {
                    let events = if pipe.writing {
                        libc::POLLOUT
                    } else {
                        libc::POLLIN
                    };
                    fds.push(poll_fd(fd.as_raw_fd(), events));
                }
            }
            let wait_ms = match deadline {
                _ if self.killed => -1,
                Some(at) => {
                    let left = at.saturating_duration_since(Instant::now());
                    if left.is_zero() {
                        self.error.get_or_insert(libc::ETIMEDOUT);
                        self.kill();
                        continue;
                    }
                    left.as_millis().min(i32::MAX as u128) as i32 + 1
                }
                None => -1,
            };
            if fds.is_empty() {
                // Only the child is left and it has no pidfd: poll the pid.
                std::thread::sleep(Duration::from_millis(1));
                continue;
            }
            // SAFETY: poll reads and writes `fds.len()` pollfd structs.
            let n = unsafe { libc::poll(fds.as_mut_ptr(), fds.len() as libc::nfds_t, wait_ms) };
            if n < 0 {
                continue; // EINTR
            }
            self.pump();
        }
    }

    fn reap(&mut self) {
        match try_reap(self.pid) {
            Ok(Some(status)) => self.raw_status = Some(status),
            Ok(None) => {}
            Err(e) => {
                self.raw_status = Some(0);
                self.fail(e);
            }
        }
    }

    /// Writes and reads what the pipes take or give now.
    fn pump(&mut self) {
        for i in 0..self.pipes.len() {
            let Some(fd) = self.pipes[i].fd.as_ref().map(AsRawFd::as_raw_fd) else {
                continue;
            };
            if self.pipes[i].writing {
                self.write_input(i, fd);
            } else {
                self.read_output(i, fd);
            }
        }
    }

    fn write_input(&mut self, i: usize, fd: RawFd) {
        let input = self.limits.input.as_deref().unwrap_or_default();
        let pipe = &mut self.pipes[i];
        while pipe.written < input.len() {
            let rest = &input[pipe.written..];
            // SAFETY: writes at most `rest.len()` bytes from `rest`.
            let n = unsafe { libc::write(fd, rest.as_ptr().cast(), rest.len()) };
            if n >= 0 {
                pipe.written += n as usize;
                continue;
            }
            match super::spawn::last_errno() {
                libc::EINTR => continue,
                libc::EAGAIN => return,
                // The child closed its stdin (EPIPE): Node ignores that too.
                _ => break,
            }
        }
        pipe.fd = None;
    }

    fn read_output(&mut self, i: usize, fd: RawFd) {
        let mut buf = vec![0u8; 64 * 1024];
        loop {
            // SAFETY: reads at most `buf.len()` bytes into `buf`.
            let n = unsafe { libc::read(fd, buf.as_mut_ptr().cast(), buf.len()) };
            if n > 0 {
                let n = n as usize;
                if let Some(out) = self.output[i].as_mut() {
                    out.extend_from_slice(&buf[..n]);
                }
                self.buffered += n;
                if self
                    .limits
                    .max_buffer
                    .is_some_and(|max| self.buffered > max)
                {
                    self.error.get_or_insert(libc::ENOBUFS);
                    self.kill();
                    return;
                }
                continue;
            }
            if n < 0 {
                match super::spawn::last_errno() {
                    libc::EINTR => continue,
                    libc::EAGAIN => return,
                    _ => {}
                }
            }
            // The end (or a read error): this pipe is done.
            self.pipes[i].fd = None;
            return;
        }
    }

    fn fail(&mut self, errno: i32) {
        self.error.get_or_insert(errno);
        self.kill();
    }

    /// Kills the child with `killSignal` and closes the pipes.
    fn kill(&mut self) {
        if self.killed {
            return;
        }
        self.killed = true;
        if self.raw_status.is_none() {
            // SAFETY: kill with plain integers; the pid is our unreaped child.
            unsafe { libc::kill(self.pid, self.limits.kill_signal) };
        }
        for pipe in &mut self.pipes {
            pipe.fd = None;
        }
    }
}

fn poll_fd(fd: RawFd, events: libc::c_short) -> libc::pollfd {
    libc::pollfd {
        fd,
        events,
        revents: 0,
    }
}

fn set_nonblocking(fd: RawFd) {
    // SAFETY: fcntl with plain integers.
    unsafe {
        let flags = libc::fcntl(fd, libc::F_GETFL);
        if flags >= 0 {
            libc::fcntl(fd, libc::F_SETFL, flags | libc::O_NONBLOCK);
        }
    }
}
