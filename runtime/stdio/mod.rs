//! Where the script's output goes.
//!
//! Console output is queued for a background writer (`writer.rs`: fast,
//! in order, and on its way at once); `process.stdout.write` writes
//! synchronously after it, as Node's does on Linux, and reports its error
//! (EPIPE, ENOSPC) to the stream. Neither drops a byte (`fd.rs`).

mod fd;
mod writer;

pub use fd::write_all;

use std::io::{self, IsTerminal, Write};
use std::sync::{Arc, Mutex};

/// A destination for one of the script's output streams.
#[derive(Clone, Default)]
pub enum Sink {
    /// The process's own stdout / stderr (file descriptor 1 or 2).
    #[default]
    Inherit,
    /// Collected in memory for the host to read.
    Capture(Arc<Mutex<Vec<u8>>>),
    /// Dropped.
    Null,
}

impl Sink {
    /// A sink that collects output in memory; read it with [`Sink::text`].
    ///
    /// ```
    /// let out = sous::Sink::capture();
    /// let mut rt = sous::Runtime::builder().stdout(out.clone()).build().unwrap();
    /// rt.eval("console.log('hi')").unwrap();
    /// rt.run_event_loop();
    /// assert_eq!(out.text(), "hi\n");
    /// ```
    pub fn capture() -> Self {
        Sink::Capture(Arc::default())
    }

    /// What a capturing sink collected so far (lossy UTF-8); empty for the others.
    ///
    /// ```
    /// assert_eq!(sous::Sink::Null.text(), "");
    /// ```
    pub fn text(&self) -> String {
        match self {
            Sink::Capture(buf) => buf
                .lock()
                .map(|b| String::from_utf8_lossy(&b).into_owned())
                .unwrap_or_default(),
            _ => String::new(),
        }
    }
}

/// Where one stream's bytes go.
enum Target {
    /// The process's own descriptor (1 or 2).
    Fd(i32),
    Capture(Arc<Mutex<Vec<u8>>>),
    Null,
    /// A writer the host routes the stream through (the REPL's line editor).
    Routed(Box<dyn Write>),
}

struct Stream {
    target: Target,
    is_tty: bool,
    /// The libuv handle Node would keep for this stream (`TTYWrap`, `PipeWrap`), if any.
    handle: Option<&'static str>,
}

impl Stream {
    fn new(sink: &Sink, fd: i32) -> Self {
        let (target, is_tty) = match sink {
            Sink::Inherit => {
                let tty = if fd == 1 {
                    io::stdout().is_terminal()
                } else {
                    io::stderr().is_terminal()
                };
                // Start the writer now, not in the middle of the script's first log.
                let _ = writer::global();
                (Target::Fd(fd), tty)
            }
            Sink::Capture(buf) => (Target::Capture(buf.clone()), false),
            Sink::Null => (Target::Null, false),
        };
        let handle = match sink {
            Sink::Inherit => handle_kind(fd, is_tty),
            _ => None,
        };
        Self {
            target,
            is_tty,
            handle,
        }
    }

    /// Console output: on its way at once, without waiting for the reader
    /// (see `writer`); errors are ignored, as Node's console ignores them.
    fn queue(&mut self, bytes: &[u8]) {
        match &mut self.target {
            Target::Fd(fd) => match writer::global() {
                Some(w) => w.push(*fd, bytes),
                None => {
                    let _ = fd::write_all(*fd, bytes);
                }
            },
            _ => {
                let _ = self.write_now(bytes);
            }
        }
    }

    /// A synchronous write, after everything queued, reporting its error
    /// (`process.stdout.write`).
    fn write_now(&mut self, bytes: &[u8]) -> io::Result<()> {
        match &mut self.target {
            Target::Fd(fd) => {
                drain();
                fd::write_all(*fd, bytes)
            }
            Target::Capture(buf) => {
                if let Ok(mut v) = buf.lock() {
                    v.extend_from_slice(bytes);
                }
                Ok(())
            }
            Target::Null => Ok(()),
            Target::Routed(w) => w.write_all(bytes),
        }
    }
}

/// Waits until the console output queued so far has been written.
fn drain() {
    if let Some(w) = writer::global() {
        w.drain();
    }
}

/// The handle Node's `process.stdout`/`stderr` opens on `fd`: a terminal is a
/// `TTYWrap`, a pipe or a socket a `PipeWrap`; a file (or /dev/null) has none.
fn handle_kind(fd: i32, tty: bool) -> Option<&'static str> {
    if tty {
        return Some("TTYWrap");
    }
    // SAFETY: fstat writes into a zeroed, properly sized struct.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    if unsafe { libc::fstat(fd, &mut st) } != 0 {
        return None;
    }
    match st.st_mode & libc::S_IFMT {
        libc::S_IFIFO | libc::S_IFSOCK => Some("PipeWrap"),
        _ => None,
    }
}

/// Which of the script's output streams.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Which {
    Out,
    Err,
}

/// The two output streams of a runtime. Everything goes out in the order
/// it was written, stdout and stderr alike, and nothing waits for the loop
/// to go idle: what a script printed is there even if it never yields.
pub struct Stdio {
    out: Stream,
    err: Stream,
    /// The stream handles opened so far, in order: Node opens one when a
    /// stream is first used (sous: first written).
    opened: Vec<&'static str>,
    out_used: bool,
    err_used: bool,
}

impl Stdio {
    pub fn new(out: &Sink, err: &Sink) -> Self {
        Self {
            out: Stream::new(out, 1),
            err: Stream::new(err, 2),
            opened: Vec::new(),
            out_used: false,
            err_used: false,
        }
    }

    /// Marks stdout used (its handle is listed from now on).
    pub fn open_stdout(&mut self) {
        if !self.out_used {
            self.out_used = true;
            self.opened.extend(self.out.handle);
        }
    }

    /// Marks stderr used (its handle is listed from now on).
    pub fn open_stderr(&mut self) {
        if !self.err_used {
            self.err_used = true;
            self.opened.extend(self.err.handle);
        }
    }

    /// Handles of the streams used so far, for `process.getActiveResourcesInfo()`.
    pub fn handles(&self) -> &[&'static str] {
        &self.opened
    }

    pub fn stdout_is_tty(&self) -> bool {
        self.out.is_tty
    }

    pub fn stderr_is_tty(&self) -> bool {
        self.err.is_tty
    }

    /// Whether a write error on `which` is a stream's (`write EPIPE`, from a
    /// pipe, socket or terminal) rather than a file's (`ENOSPC: no space
    /// left on device, write`): Node words the two differently.
    pub fn is_stream(&self, which: Which) -> bool {
        self.stream(which).handle.is_some()
    }

    fn stream(&self, which: Which) -> &Stream {
        match which {
            Which::Out => &self.out,
            Which::Err => &self.err,
        }
    }

    /// Console output to stdout. Errors (a closed pipe) are ignored, as
    /// Node's console ignores them.
    pub fn out(&mut self, bytes: &[u8]) {
        self.open_stdout();
        self.out.queue(bytes);
    }

    /// Console output to stderr.
    pub fn err(&mut self, bytes: &[u8]) {
        self.open_stderr();
        self.err.queue(bytes);
    }

    /// `process.stdout.write` / `process.stderr.write`: written now, after
    /// everything already written, and the error reported.
    pub fn write(&mut self, which: Which, bytes: &[u8]) -> io::Result<()> {
        match which {
            Which::Out => {
                self.open_stdout();
                self.out.write_now(bytes)
            }
            Which::Err => {
                self.open_stderr();
                self.err.write_now(bytes)
            }
        }
    }

    /// Sends stdout (and stderr when `err` is set) to `writer` from now on,
    /// keeping whether it counts as a terminal: the REPL routes output
    /// through its line editor so it lands above the prompt.
    pub fn redirect(&mut self, out: Box<dyn Write>, err: Option<Box<dyn Write>>) {
        self.flush();
        self.out.target = Target::Routed(out);
        if let Some(err) = err {
            self.err.target = Target::Routed(err);
        }
    }

    /// Waits until everything written so far has reached its destination.
    pub fn flush(&mut self) {
        drain();
    }
}

impl Drop for Stdio {
    fn drop(&mut self) {
        self.flush();
    }
}

/// A `Write` for stderr in order with the script's output (the loop
/// tracer's timeline).
pub struct OrderedStderr;

impl Write for OrderedStderr {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match writer::global() {
            Some(w) => w.push(2, buf),
            None => fd::write_all(2, buf)?,
        }
        Ok(buf.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// Node's rule for colored output on a stream: `FORCE_COLOR` decides when
/// set (`0`/`false` off); otherwise `NO_COLOR` or `NODE_DISABLE_COLORS` (set
/// at all, even empty) or `TERM=dumb` turn colors off; otherwise a terminal
/// gets them.
pub fn colors_wanted(env: &[(String, String)], is_tty: bool) -> bool {
    let var = |k: &str| env.iter().find(|(n, _)| n == k).map(|(_, v)| v.as_str());
    if let Some(force) = var("FORCE_COLOR") {
        return force != "0" && force != "false";
    }
    if var("NO_COLOR").is_some()
        || var("NODE_DISABLE_COLORS").is_some()
        || var("TERM") == Some("dumb")
    {
        return false;
    }
    is_tty
}

#[cfg(test)]
mod tests {
    use super::colors_wanted;

    fn env(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn colors_follow_nodes_rule() {
        assert!(colors_wanted(&env(&[]), true));
        assert!(!colors_wanted(&env(&[]), false));
        assert!(!colors_wanted(&env(&[("NO_COLOR", "")]), true));
        assert!(!colors_wanted(&env(&[("NODE_DISABLE_COLORS", "1")]), true));
        assert!(!colors_wanted(&env(&[("TERM", "dumb")]), true));
        assert!(colors_wanted(
            &env(&[("FORCE_COLOR", "1"), ("NO_COLOR", "1")]),
            false
        ));
        assert!(!colors_wanted(&env(&[("FORCE_COLOR", "0")]), true));
    }
}
