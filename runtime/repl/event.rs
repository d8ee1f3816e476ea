//! What the REPL's input thread sends to the session on the main thread.

use std::sync::mpsc::Sender;

/// What the input thread sends to the session.
pub enum Event {
    Line(String),
    /// Ctrl+C on an empty line.
    Interrupt,
    /// Ctrl+D on an empty line, or the end of piped input.
    Eof,
    /// Tab: the session answers with (start, candidates) for `line[..pos]`.
    Complete {
        line: String,
        reply: Sender<(usize, Vec<String>)>,
    },
}
