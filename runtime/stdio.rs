//! Where the script's output goes: stdout buffered, stderr not, in order.
//!
//! `process.stdout` is written through a 64 KiB buffer (100k `console.log`
//! lines into a pipe must not cost 100k syscalls); a write to stderr first
//! flushes stdout so a reader of both sees them in program order. On a
//! terminal every write is flushed at once, and the loop flushes before it
//! sleeps, so output never waits on the next timer.

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

/// A `Write` on a raw file descriptor, without Rust's line-buffered `Stdout`.
struct Fd(i32);

impl Write for Fd {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        // SAFETY: writing from a valid slice to a descriptor we do not own or close.
        let n = unsafe { libc::write(self.0, buf.as_ptr().cast(), buf.len()) };
        if n < 0 {
            let err = io::Error::last_os_error();
            if err.kind() == io::ErrorKind::Interrupted {
                return Ok(0);
            }
            return Err(err);
        }
        Ok(n as usize)
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if let Ok(mut v) = self.0.lock() {
            v.extend_from_slice(buf);
        }
        Ok(buf.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

struct Stream {
    writer: io::BufWriter<Box<dyn Write>>,
    is_tty: bool,
    /// The libuv handle Node would keep for this stream (`TTYWrap`, `PipeWrap`), if any.
    handle: Option<&'static str>,
}

impl Stream {
    fn new(sink: &Sink, fd: i32) -> Self {
        let (writer, is_tty): (Box<dyn Write>, bool) = match sink {
            Sink::Inherit => {
                let tty = if fd == 1 {
                    io::stdout().is_terminal()
                } else {
                    io::stderr().is_terminal()
                };
                (Box::new(Fd(fd)), tty)
            }
            Sink::Capture(buf) => (Box::new(Captured(buf.clone())), false),
            Sink::Null => (Box::new(io::sink()), false),
        };
        let handle = match sink {
            Sink::Inherit => handle_kind(fd, is_tty),
            _ => None,
        };
        Self {
            writer: io::BufWriter::with_capacity(64 * 1024, writer),
            is_tty,
            handle,
        }
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

/// The two output streams of a runtime.
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

    /// Writes to stdout. Errors (a closed pipe) are ignored, as Node does
    /// for console output.
    pub fn out(&mut self, bytes: &[u8]) {
        self.open_stdout();
        let _ = self.out.writer.write_all(bytes);
        if self.out.is_tty {
            let _ = self.out.writer.flush();
        }
    }

    /// Writes to stderr, after everything already written to stdout.
    pub fn err(&mut self, bytes: &[u8]) {
        self.open_stderr();
        let _ = self.out.writer.flush();
        let _ = self.err.writer.write_all(bytes);
        let _ = self.err.writer.flush();
    }

    /// Sends stdout (and stderr when `err` is set) to `writer` from now on,
    /// keeping whether it counts as a terminal: the REPL routes output
    /// through its line editor so it lands above the prompt.
    pub fn redirect(&mut self, out: Box<dyn Write>, err: Option<Box<dyn Write>>) {
        self.flush();
        self.out.writer = io::BufWriter::with_capacity(64 * 1024, out);
        if let Some(err) = err {
            self.err.writer = io::BufWriter::with_capacity(64 * 1024, err);
        }
    }

    /// Pushes buffered stdout to its destination.
    pub fn flush(&mut self) {
        let _ = self.out.writer.flush();
        let _ = self.err.writer.flush();
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
