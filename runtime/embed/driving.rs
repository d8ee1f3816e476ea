//! Driving a [`Runtime`]'s event loop: to the end, one turn at a time, until
//! a deadline, or until another thread interrupts it.

use super::lifecycle;
use super::runtime::Runtime;
use crate::kitchen::{self, Flow, Stop};
use crate::modules;
use std::time::Instant;

/// Node's exit code for a main module stuck in a top-level await.
const UNSETTLED_TOP_LEVEL_AWAIT: i32 = 13;

/// What one step of the loop ([`Runtime::poll`]) left behind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Poll {
    /// Work is still pending: call `poll` again.
    Pending,
    /// Nothing is left; the script ended with this exit code.
    Exited(i32),
}

/// Stops a runtime from another thread (see [`Runtime::interrupt_handle`]).
#[derive(Clone)]
pub struct InterruptHandle {
    flag: std::sync::Arc<std::sync::atomic::AtomicBool>,
    waker: std::sync::Arc<mio::Waker>,
}

impl InterruptHandle {
    /// Asks the runtime to stop. The loop ends before its next callback
    /// (exit code 130, as for SIGINT); a callback that is running at that
    /// moment is not cut short: Boa has no way to interrupt running
    /// JavaScript, so `while (true) {}` cannot be stopped this way.
    ///
    /// ```
    /// let mut rt = sous::Runtime::builder().build().unwrap();
    /// let stop = rt.interrupt_handle();
    /// rt.eval("setInterval(() => {}, 5)").unwrap();
    /// std::thread::spawn(move || {
    ///     std::thread::sleep(std::time::Duration::from_millis(50));
    ///     stop.interrupt();
    /// });
    /// assert_eq!(rt.run_event_loop(), 130);
    /// ```
    pub fn interrupt(&self) {
        self.flag.store(true, std::sync::atomic::Ordering::SeqCst);
        let _ = self.waker.wake();
    }
}

impl Runtime {
    /// Runs the event loop until nothing ref'd is pending; emits
    /// `'beforeExit'`/`'exit'` and returns the exit code.
    ///
    /// ```
    /// let mut rt = sous::Runtime::builder().build().unwrap();
    /// rt.eval("setTimeout(() => { process.exitCode = 4 }, 1)").unwrap();
    /// assert_eq!(rt.run_event_loop(), 4);
    /// ```
    pub fn run_event_loop(&mut self) -> i32 {
        loop {
            if let Poll::Exited(code) = self.poll() {
                return code;
            }
        }
    }
    /// Runs one turn of the loop (timers, poll, check), sleeping at most
    /// until the next timer; for hosts with their own main loop.
    ///
    /// ```
    /// let mut rt = sous::Runtime::builder().build().unwrap();
    /// rt.eval("setTimeout(() => {}, 1)").unwrap();
    /// while rt.poll() == sous::Poll::Pending {}
    /// ```
    pub fn poll(&mut self) -> Poll {
        if let Some(code) = self.finished.get() {
            return Poll::Exited(code);
        }
        let flow = kitchen::drain(&self.host.kitchen, &mut self.context)
            .and_then(|()| self.interrupted())
            .and_then(|()| match self.host.kitchen.alive() {
                true => kitchen::step(&self.host.kitchen, &mut self.context),
                false => Ok(()),
            })
            .and_then(|()| self.interrupted());
        let stop = match flow {
            Err(stop) => Some(stop),
            Ok(()) if self.host.kitchen.alive() => return Poll::Pending,
            Ok(()) => match lifecycle::before_exit(&self.host, &mut self.context) {
                Err(stop) => Some(stop),
                Ok(()) if self.host.kitchen.alive() => return Poll::Pending,
                Ok(()) => None,
            },
        };
        // Node 24: an entry module whose top-level await can never settle warns and exits with 13
        // (unless the script set `process.exitCode`); 'exit' listeners see the 13.
        let stop = match stop {
            None => modules::unsettled_main(&mut self.context).and_then(|location| {
                lifecycle::unsettled_top_level_await(
                    &self.host,
                    &mut self.context,
                    location.as_deref(),
                    UNSETTLED_TOP_LEVEL_AWAIT,
                )
            }),
            stop => stop,
        };
        let code = lifecycle::finish(&self.host, &mut self.context, stop);
        self.finished.set(Some(code));
        Poll::Exited(code)
    }
    /// Runs the loop until it ends or `deadline` passes; `Some(code)` if it ended.
    ///
    /// ```
    /// use std::time::{Duration, Instant};
    /// let mut rt = sous::Runtime::builder().build().unwrap();
    /// rt.eval("setTimeout(() => {}, 10_000)").unwrap();
    /// assert_eq!(rt.run_until(Instant::now() + Duration::from_millis(20)), None);
    /// ```
    pub fn run_until(&mut self, deadline: Instant) -> Option<i32> {
        while Instant::now() < deadline {
            self.host.kitchen.wake_by.set(Some(deadline));
            let polled = self.poll();
            self.host.kitchen.wake_by.set(None);
            if let Poll::Exited(code) = polled {
                return Some(code);
            }
        }
        None
    }
    /// A handle that stops this runtime's loop from another thread.
    ///
    /// ```
    /// let rt = sous::Runtime::builder().build().unwrap();
    /// let handle = rt.interrupt_handle();
    /// std::thread::spawn(move || handle.interrupt()).join().unwrap();
    /// ```
    pub fn interrupt_handle(&self) -> InterruptHandle {
        InterruptHandle {
            flag: self.host.kitchen.interrupt.clone(),
            waker: self.host.kitchen.reactor.borrow().waker(),
        }
    }
    fn interrupted(&self) -> Flow {
        if self
            .host
            .kitchen
            .interrupt
            .load(std::sync::atomic::Ordering::SeqCst)
        {
            return Err(Stop::Exit(130));
        }
        Ok(())
    }
}
