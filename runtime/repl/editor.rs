//! The rustyline side of the REPL (input thread): key bindings, history,
//! Tab completion (answered by the session on the main thread, which owns
//! the JavaScript values) and syntax highlighting.

use super::event::Event;
use rustyline::completion::{Completer, Pair};
use rustyline::highlight::{CmdKind, Highlighter};
use rustyline::hint::Hinter;
use rustyline::history::FileHistory;
use rustyline::validate::Validator;
use rustyline::{
    Cmd, ConditionalEventHandler, Config, Editor, EventContext, EventHandler, Helper, KeyEvent,
    Movement, RepeatCount,
};
use std::borrow::Cow;
use std::path::Path;
use std::sync::mpsc::channel;
use std::sync::Mutex;
use std::time::Duration;

/// Node keeps 1000 lines of history.
const HISTORY_SIZE: usize = 1000;

/// How long Tab waits for the session (busy running a callback) to answer.
const COMPLETE_WAIT: Duration = Duration::from_secs(1);

pub fn build(
    helper: EditorHelper,
    history: Option<&Path>,
) -> rustyline::Result<Editor<EditorHelper, FileHistory>> {
    let config = Config::builder()
        .max_history_size(HISTORY_SIZE)?
        .history_ignore_dups(true)?
        .auto_add_history(false)
        .completion_type(rustyline::CompletionType::List)
        .build();
    let mut ed = with_raw_mode(config)?;
    ed.set_helper(Some(helper));
    ed.bind_sequence(
        KeyEvent::ctrl('C'),
        EventHandler::Conditional(Box::new(CtrlC)),
    );
    if let Some(path) = history {
        let _ = ed.load_history(path);
    }
    Ok(ed)
}

/// The terminals rustyline will not drive in raw mode (its own list).
const COOKED_TERMS: [&str; 3] = ["dumb", "cons25", "emacs"];

/// An editor in raw mode whatever `TERM` says. rustyline falls back to the
/// kernel's cooked line reading for `TERM=dumb` (and its like), where a line
/// is cut at 4095 bytes and Ctrl+C is a signal that ends the session; Node
/// edits in raw mode on every terminal. rustyline reads `TERM` only while
/// it makes the editor, so `TERM` is out of sight for that moment.
fn with_raw_mode(config: Config) -> rustyline::Result<Editor<EditorHelper, FileHistory>> {
    let term = std::env::var_os("TERM");
    let hide = term
        .as_ref()
        .and_then(|t| t.to_str())
        .is_some_and(|t| COOKED_TERMS.iter().any(|c| c.eq_ignore_ascii_case(t)));
    if !hide {
        return Editor::with_config(config);
    }
    // The main thread waits for this thread to report the editor ready,
    // and the script's `process.env` is a copy taken before: nothing reads
    // the variable meanwhile.
    std::env::remove_var("TERM");
    let ed = Editor::with_config(config);
    if let Some(term) = term {
        std::env::set_var("TERM", term);
    }
    ed
}

/// Ctrl+C clears a line that has text; on an empty line it interrupts (the
/// session prints the exit hint, or exits on the second one).
struct CtrlC;

impl ConditionalEventHandler for CtrlC {
    fn handle(
        &self,
        _: &rustyline::Event,
        _: RepeatCount,
        _: bool,
        ctx: &EventContext,
    ) -> Option<Cmd> {
        if ctx.line().is_empty() {
            Some(Cmd::Interrupt)
        } else {
            Some(Cmd::Kill(Movement::WholeBuffer))
        }
    }
}

pub struct EditorHelper {
    colors: bool,
    send: Box<dyn Fn(Event) + Send + Sync>,
    /// The line being edited and the cursor, as of the last redraw.
    line: Mutex<(String, usize)>,
}

impl EditorHelper {
    pub fn new(colors: bool, send: impl Fn(Event) + Send + Sync + 'static) -> Self {
        Self {
            colors,
            send: Box::new(send),
            line: Mutex::default(),
        }
    }

    /// The line being edited and the cursor (a char boundary), as of the
    /// last redraw: what rustyline loses when it stops on bad input.
    pub fn last_line(&self) -> (String, usize) {
        self.line.lock().map(|l| l.clone()).unwrap_or_default()
    }
}

impl Helper for EditorHelper {}

impl Hinter for EditorHelper {
    type Hint = String;

    /// Shows no hint; rustyline asks on every redraw, which is when the
    /// line is recorded.
    fn hint(&self, line: &str, pos: usize, _: &rustyline::Context<'_>) -> Option<String> {
        if let Ok(mut last) = self.line.lock() {
            *last = (line.to_string(), pos);
        }
        None
    }
}

impl Validator for EditorHelper {}

impl Completer for EditorHelper {
    type Candidate = Pair;

    fn complete(
        &self,
        line: &str,
        pos: usize,
        _: &rustyline::Context<'_>,
    ) -> rustyline::Result<(usize, Vec<Pair>)> {
        let (reply, answer) = channel();
        (self.send)(Event::Complete {
            line: line[..pos].to_string(),
            reply,
        });
        let (start, names) = answer
            .recv_timeout(COMPLETE_WAIT)
            .unwrap_or((pos, Vec::new()));
        let pairs = names
            .into_iter()
            .map(|n| Pair {
                display: n.clone(),
                replacement: n,
            })
            .collect();
        Ok((start, pairs))
    }
}

impl Highlighter for EditorHelper {
    fn highlight<'l>(&self, line: &'l str, _pos: usize) -> Cow<'l, str> {
        if !self.colors {
            return Cow::Borrowed(line);
        }
        Cow::Owned(super::highlight::highlight(line))
    }

    fn highlight_char(&self, _line: &str, _pos: usize, _kind: CmdKind) -> bool {
        self.colors
    }
}
