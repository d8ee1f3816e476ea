//! Dot commands: `.help`, `.exit`, `.break`, `.clear`, `.editor`, `.load`,
//! `.save`. To add one, add a row to `COMMANDS` (the help text and Tab
//! completion come from it) and an arm to `run`.

use super::Session;
use crate::host::Host;
use crate::kitchen::Flow;
use boa_engine::Context;

struct Command {
    name: &'static str,
    help: &'static str,
    /// Only offered on a terminal (Node hides `.editor` when piped).
    tty_only: bool,
}

/// Node's commands and help text, in `.help`'s (alphabetical) order.
const COMMANDS: &[Command] = &[
    Command {
        name: "break",
        help: "Sometimes you get stuck, this gets you out",
        tty_only: false,
    },
    Command {
        name: "clear",
        help: "Alias for .break",
        tty_only: false,
    },
    Command {
        name: "editor",
        help: "Enter editor mode",
        tty_only: true,
    },
    Command {
        name: "exit",
        help: "Exit the REPL",
        tty_only: false,
    },
    Command {
        name: "help",
        help: "Print this help message",
        tty_only: false,
    },
    Command {
        name: "load",
        help: "Load JS from a file into the REPL session",
        tty_only: false,
    },
    Command {
        name: "loop",
        help: "Show what the event loop has pending (timers, immediates, pool jobs, handles)",
        tty_only: false,
    },
    Command {
        name: "save",
        help: "Save all evaluated commands in this REPL session to a file",
        tty_only: false,
    },
];

/// The commands on offer (for Tab).
pub fn names(tty: bool) -> Vec<&'static str> {
    COMMANDS
        .iter()
        .filter(|c| tty || !c.tty_only)
        .map(|c| c.name)
        .collect()
}

/// `.name rest` → (name, rest), as Node recognises a command: a dot, then
/// no second dot and not a number (`.5 + 1` is code).
pub fn parse(line: &str) -> Option<(&str, &str)> {
    let t = line.trim();
    let rest = t.strip_prefix('.')?;
    if rest.starts_with('.') || rest.is_empty() || rest.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let (name, arg) = rest.split_once(char::is_whitespace).unwrap_or((rest, ""));
    Some((name, arg.trim()))
}

pub enum Outcome {
    Done,
    Unknown,
}

pub(super) fn run(
    session: &Session,
    host: &Host,
    context: &mut Context,
    name: &str,
    arg: &str,
) -> Result<Outcome, crate::kitchen::Stop> {
    if !names(session.tty).contains(&name) {
        return Ok(Outcome::Unknown);
    }
    match name {
        "break" | "clear" => session.state.borrow_mut().buffer.clear(),
        "exit" => return session.exit(host, context).map(|()| Outcome::Done),
        "help" => session.out(context, &help(session.tty)),
        "editor" => {
            let mut st = session.state.borrow_mut();
            st.editor = true;
            st.buffer.clear();
            drop(st);
            session.out(
                context,
                "// Entering editor mode (Ctrl+D to finish, Ctrl+C to cancel)\n",
            );
        }
        "load" => load(session, host, context, arg)?,
        "loop" => session.out(context, &crate::ops::timers::snapshot::snapshot(host)),
        "save" => {
            let text = session.state.borrow().session.join("\n");
            let msg = match std::fs::write(arg, format!("{text}\n")) {
                Ok(()) => format!("Session saved to: {arg}\n"),
                Err(_) => format!("Failed to save: {arg}\n"),
            };
            session.out(context, &msg);
        }
        _ => return Ok(Outcome::Unknown),
    }
    Ok(Outcome::Done)
}

/// `.load FILE`: runs the file's code as one input.
fn load(session: &Session, host: &Host, context: &mut Context, path: &str) -> Flow {
    match std::fs::read_to_string(path) {
        Ok(code) if std::path::Path::new(path).is_file() => {
            session.state.borrow_mut().buffer.clear();
            session.evaluate(host, context, &code)
        }
        _ => {
            session.out(context, &format!("Failed to load: {path}\n"));
            Ok(())
        }
    }
}

/// Node's `.help`: names padded to the longest plus three.
fn help(tty: bool) -> String {
    let shown: Vec<&Command> = COMMANDS.iter().filter(|c| tty || !c.tty_only).collect();
    let width = shown.iter().map(|c| c.name.len()).max().unwrap_or(0) + 3;
    let mut out = String::new();
    for c in shown {
        out.push_str(&format!(".{:<width$}{}\n", c.name, c.help));
    }
    out.push_str("\nPress Ctrl+C to abort current expression, Ctrl+D to exit the REPL\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_commands_not_code() {
        assert_eq!(parse(".load a.js"), Some(("load", "a.js")));
        assert_eq!(parse("  .exit"), Some(("exit", "")));
        assert_eq!(parse(".5 + 1"), None);
        assert_eq!(parse("...x"), None);
    }

    #[test]
    fn help_pads_like_node() {
        let piped = help(false);
        assert!(piped.starts_with(".break   Sometimes"), "{piped}");
        assert!(!piped.contains(".editor"));
        assert!(help(true).starts_with(".break    Sometimes"));
    }
}
