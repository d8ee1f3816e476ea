//! The REPL's input thread: rustyline on a terminal, plain lines from a
//! pipe. It reads one line only when the session asks (so a prompt never
//! shows before the previous result), sends it as an [`Event`] and wakes the
//! loop through the reactor's `Waker`, exactly as a pool worker delivers a
//! completion. On a terminal, output written while a prompt is showing goes
//! through rustyline's `ExternalPrinter` and lands above the prompt.

use super::editor::{self, EditorHelper};
use super::event::Event;
use mio::Waker;
use rustyline::error::ReadlineError;
use rustyline::history::FileHistory;
use rustyline::Editor;
use std::io::{self, BufRead, Write};
use std::path::PathBuf;
use std::sync::mpsc::{channel, Receiver, Sender};
use std::sync::{Arc, Mutex};

/// How the thread reads.
pub struct Settings {
    /// Use the line editor (stdin is a terminal).
    pub tty: bool,
    /// Highlight the input (a terminal, and colors not disabled).
    pub colors: bool,
    /// Where history is kept (`None`: not kept).
    pub history: Option<PathBuf>,
}

/// The session's end of the input thread.
pub struct Input {
    events: Receiver<Event>,
    requests: Sender<String>,
    /// Output routing shared with the thread (terminal only).
    pub output: Option<Arc<Mutex<Output>>>,
}

impl Input {
    /// Starts the thread (it waits for the first [`Input::read`]).
    pub fn spawn(settings: Settings, waker: Arc<Waker>) -> io::Result<Self> {
        let (events_tx, events) = channel();
        let (requests, requests_rx) = channel::<String>();
        let output = settings
            .tty
            .then(|| Arc::new(Mutex::new(Output::default())));
        let shared = output.clone();
        let (ready_tx, ready_rx) = channel();
        std::thread::Builder::new()
            .name("sous-repl-input".into())
            .spawn(move || {
                let tx = Sender::clone(&events_tx);
                let send = move |event: Event| {
                    if tx.send(event).is_ok() {
                        let _ = waker.wake();
                    }
                };
                match shared {
                    Some(shared) => {
                        let helper = EditorHelper::new(settings.colors, send.clone());
                        match editor::build(helper, settings.history.as_deref()) {
                            Ok(mut ed) => {
                                if let Ok(printer) = ed.create_external_printer() {
                                    if let Ok(mut o) = shared.lock() {
                                        o.printer = Some(Box::new(printer));
                                    }
                                }
                                let _ = ready_tx.send(Ok(()));
                                read_tty(&mut ed, &shared, &settings, &requests_rx, &send);
                            }
                            Err(e) => {
                                let _ = ready_tx.send(Err(e));
                            }
                        }
                    }
                    None => {
                        let _ = ready_tx.send(Ok(()));
                        read_piped(&requests_rx, &send);
                    }
                }
            })?;
        ready_rx
            .recv()
            .map_err(|_| io::Error::other("the REPL's input thread stopped"))?
            .map_err(|e: ReadlineError| io::Error::other(e.to_string()))?;
        Ok(Self {
            events,
            requests,
            output,
        })
    }

    /// Asks for the next line, shown with `prompt` on a terminal.
    pub fn read(&self, prompt: &str) {
        let _ = self.requests.send(prompt.to_string());
    }

    /// An event that has arrived, without waiting.
    pub fn try_next(&self) -> Option<Event> {
        self.events.try_recv().ok()
    }
}

fn read_tty(
    ed: &mut Editor<EditorHelper, FileHistory>,
    shared: &Arc<Mutex<Output>>,
    settings: &Settings,
    requests: &Receiver<String>,
    send: &impl Fn(Event),
) {
    while let Ok(prompt) = requests.recv() {
        let mut initial: Option<(String, String)> = None;
        let result = loop {
            set_reading(shared, true);
            let result = match &initial {
                None => ed.readline(&prompt),
                Some((left, right)) => {
                    ed.readline_with_initial(&prompt, (left.as_str(), right.as_str()))
                }
            };
            set_reading(shared, false);
            // rustyline gives up on a byte that is not UTF-8, losing the
            // line; Node's decoder makes it U+FFFD. Edit on with the line
            // as it was and the replacement character at the cursor.
            match result {
                Err(ReadlineError::Io(e)) if e.kind() == io::ErrorKind::InvalidData => {
                    let (line, pos) = ed.helper().map(EditorHelper::last_line).unwrap_or_default();
                    let (left, right) = line.split_at(pos);
                    initial = Some((format!("{left}\u{FFFD}"), right.to_string()));
                }
                other => break other,
            }
        };
        let event = match result {
            Ok(line) => {
                if !line.trim().is_empty() && ed.add_history_entry(line.as_str()).unwrap_or(false) {
                    if let Some(path) = &settings.history {
                        let _ = ed.append_history(path);
                    }
                }
                Event::Line(line)
            }
            Err(ReadlineError::Interrupted) => Event::Interrupt,
            Err(_) => Event::Eof,
        };
        send(event);
    }
}

/// Lines from a pipe, as bytes: a byte that is not UTF-8 becomes U+FFFD,
/// as Node's decoder makes it, and the input goes on.
fn read_piped(requests: &Receiver<String>, send: &impl Fn(Event)) {
    let stdin = io::stdin();
    let mut stdin = stdin.lock();
    while requests.recv().is_ok() {
        let mut line = Vec::new();
        match stdin.read_until(b'\n', &mut line) {
            Ok(0) | Err(_) => {
                send(Event::Eof);
                return;
            }
            Ok(_) => {
                let line = line.strip_suffix(b"\n").unwrap_or(&line);
                let line = line.strip_suffix(b"\r").unwrap_or(line);
                send(Event::Line(String::from_utf8_lossy(line).into_owned()));
            }
        }
    }
}

fn set_reading(shared: &Arc<Mutex<Output>>, reading: bool) {
    if let Ok(mut o) = shared.lock() {
        o.reading = reading;
        if !reading {
            o.flush_partial();
        }
    }
}

/// Where the session's output goes on a terminal: straight to the
/// descriptor while no prompt is showing, through the printer while one is.
#[derive(Default)]
pub struct Output {
    reading: bool,
    printer: Option<Box<dyn rustyline::ExternalPrinter + Send>>,
    /// A line written in pieces while the prompt shows: the printer only
    /// prints whole lines (it ends each message with a newline).
    partial: Vec<u8>,
}

impl Output {
    fn write(&mut self, fd: i32, bytes: &[u8]) {
        if self.reading {
            if let Some(printer) = &mut self.printer {
                self.partial.extend_from_slice(bytes);
                if let Some(end) = self.partial.iter().rposition(|&b| b == b'\n') {
                    let lines: Vec<u8> = self.partial.drain(..=end).collect();
                    let text = String::from_utf8_lossy(&lines[..lines.len() - 1]).into_owned();
                    let _ = printer.print(text);
                }
                return;
            }
        }
        self.flush_partial();
        write_fd(fd, bytes);
    }

    fn flush_partial(&mut self) {
        if !self.partial.is_empty() {
            let bytes = std::mem::take(&mut self.partial);
            write_fd(1, &bytes);
        }
    }
}

fn write_fd(fd: i32, bytes: &[u8]) {
    // The REPL's own output has no one to report an error to.
    let _ = crate::stdio::write_all(fd, bytes);
}

/// A `Write` for the runtime's stdout/stderr that goes through [`Output`].
pub struct Routed {
    pub shared: Arc<Mutex<Output>>,
    pub fd: i32,
}

impl Write for Routed {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if let Ok(mut o) = self.shared.lock() {
            o.write(self.fd, buf);
        }
        Ok(buf.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}
