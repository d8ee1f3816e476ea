//! The reactor: where the loop sleeps.
//!
//! One `mio::Poll` waits for the pool's `Waker` (a completion is ready), the
//! fds the rooms above watch (`io.rs`) and, on Linux, a `timerfd` armed at
//! the next timer's deadline.
//! epoll's own timeout counts whole milliseconds and mio rounds it up, which
//! would add up to a millisecond to every timer; the timerfd wakes the loop at
//! the deadline itself. An idle process sleeps in `epoll_wait`, never spins.

use super::io::{Ready, WatchId};
use mio::{Events, Poll, Registry, Token, Waker};
use std::io;
use std::sync::Arc;
use std::time::{Duration, Instant};

const WAKER: Token = Token(0);
#[cfg(target_os = "linux")]
const TIMER: Token = Token(1);

pub struct Reactor {
    poll: Poll,
    events: Events,
    waker: Arc<Waker>,
    #[cfg(target_os = "linux")]
    timer: timerfd::TimerFd,
}

impl Reactor {
    pub fn new() -> io::Result<Self> {
        let poll = Poll::new()?;
        let waker = Arc::new(Waker::new(poll.registry(), WAKER)?);
        #[cfg(target_os = "linux")]
        let timer = timerfd::TimerFd::new(poll.registry(), TIMER)?;
        Ok(Self {
            poll,
            events: Events::with_capacity(64),
            waker,
            #[cfg(target_os = "linux")]
            timer,
        })
    }

    /// The handle the pool (or a host) uses to interrupt a sleep.
    pub fn waker(&self) -> Arc<Waker> {
        self.waker.clone()
    }

    /// Where watched fds are registered (`Kitchen::watch`).
    pub fn registry(&self) -> &Registry {
        self.poll.registry()
    }

    /// Sleeps until `deadline` (None: until woken), or not at all if
    /// `deadline` has passed. Returns early when the waker fires or a
    /// watched fd is ready, and returns the watched fds that are.
    pub fn wait(&mut self, deadline: Option<Instant>) -> io::Result<Vec<(WatchId, Ready)>> {
        let timeout = match deadline {
            None => None,
            Some(d) => {
                let now = Instant::now();
                if d <= now {
                    Some(Duration::ZERO)
                } else {
                    self.sleep_until(d, d - now)?
                }
            }
        };
        loop {
            match self.poll.poll(&mut self.events, timeout) {
                Ok(()) => break,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            }
        }
        let mut ready = Vec::new();
        for event in self.events.iter() {
            match event.token() {
                WAKER => {}
                #[cfg(target_os = "linux")]
                TIMER => self.timer.drain(),
                Token(id) => ready.push((
                    id,
                    Ready {
                        readable: event.is_readable(),
                        writable: event.is_writable(),
                        closed: event.is_read_closed()
                            || event.is_write_closed()
                            || event.is_error(),
                    },
                )),
            }
        }
        Ok(ready)
    }

    /// Arms the precise wake-up and returns the epoll timeout to use with it.
    #[cfg(target_os = "linux")]
    fn sleep_until(&mut self, _deadline: Instant, delay: Duration) -> io::Result<Option<Duration>> {
        self.timer.arm(delay)?;
        Ok(None)
    }

    #[cfg(not(target_os = "linux"))]
    fn sleep_until(&mut self, _deadline: Instant, delay: Duration) -> io::Result<Option<Duration>> {
        Ok(Some(delay))
    }
}

#[cfg(target_os = "linux")]
mod timerfd {
    use mio::unix::SourceFd;
    use mio::{Interest, Registry, Token};
    use std::io;
    use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
    use std::time::Duration;

    /// A one-shot, nanosecond-precise monotonic timer as a pollable fd.
    pub struct TimerFd {
        fd: OwnedFd,
    }

    impl TimerFd {
        pub fn new(registry: &Registry, token: Token) -> io::Result<Self> {
            // SAFETY: plain syscall; the returned fd is checked and then owned.
            let raw = unsafe {
                libc::timerfd_create(
                    libc::CLOCK_MONOTONIC,
                    libc::TFD_NONBLOCK | libc::TFD_CLOEXEC,
                )
            };
            if raw < 0 {
                return Err(io::Error::last_os_error());
            }
            // SAFETY: `raw` is a fresh fd that nothing else owns.
            let fd = unsafe { OwnedFd::from_raw_fd(raw) };
            registry.register(&mut SourceFd(&fd.as_raw_fd()), token, Interest::READABLE)?;
            Ok(Self { fd })
        }

        /// Fires once, `delay` from now (a zero delay would disarm: use 1 ns).
        pub fn arm(&mut self, delay: Duration) -> io::Result<()> {
            let delay = delay.max(Duration::from_nanos(1));
            let spec = libc::itimerspec {
                it_interval: libc::timespec {
                    tv_sec: 0,
                    tv_nsec: 0,
                },
                it_value: libc::timespec {
                    tv_sec: delay.as_secs() as libc::time_t,
                    tv_nsec: delay.subsec_nanos() as libc::c_long,
                },
            };
            // SAFETY: valid fd and a fully initialised itimerspec.
            let rc = unsafe {
                libc::timerfd_settime(self.fd.as_raw_fd(), 0, &spec, std::ptr::null_mut())
            };
            if rc < 0 {
                return Err(io::Error::last_os_error());
            }
            Ok(())
        }

        /// Consumes the expiration count so the fd stops being readable.
        pub fn drain(&mut self) {
            let mut buf = [0u8; 8];
            // SAFETY: reading at most 8 bytes into an 8-byte buffer.
            unsafe {
                libc::read(self.fd.as_raw_fd(), buf.as_mut_ptr().cast(), buf.len());
            }
        }
    }
}
