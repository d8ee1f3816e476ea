//! Node's report of a fatal error on stderr:
//!
//! ```text
//! /path/file.js:2
//!   throw new Error('boom');
//!   ^
//!
//! Error: boom
//!     at f (/path/file.js:2:9)
//!
//! sous v0.1.0
//! ```
//! Boa gives neither the `Name: message` header in `stack` nor the throw
//! statement's position, so both are composed here: the position comes from
//! the backtrace Boa records when the value is thrown, and the caret moves
//! back to the `throw` keyword as V8 places it.

use crate::host::Host;
use crate::stdlib;
use boa_engine::{js_string, Context, JsError, JsValue};

/// Where something was thrown or created: 1-based line and column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    pub path: String,
    pub line: usize,
    pub column: usize,
}

/// A fatal value and where it came from.
pub struct Thrown {
    pub value: JsValue,
    pub location: Option<Location>,
    /// A rejection: the caret marks where the error was made, not thrown.
    pub from_promise: bool,
}

impl Thrown {
    /// A value thrown through the VM: its throw site is in `err`'s backtrace.
    pub fn from_error(
        err: &JsError,
        value: JsValue,
        from_promise: bool,
        context: &mut Context,
    ) -> Self {
        let location = first_frame(&err.to_string()).or_else(|| stack_location(&value, context));
        Self {
            value,
            location,
            from_promise,
        }
    }

    /// A value that was not thrown (a rejection reason): use its own stack.
    pub fn from_value(value: JsValue, from_promise: bool, context: &mut Context) -> Self {
        let location = stack_location(&value, context);
        Self {
            value,
            location,
            from_promise,
        }
    }
}

/// Whether `value` is an Error object (has Boa's `Error` data).
pub fn is_error(value: &JsValue) -> bool {
    value
        .as_object()
        .is_some_and(|o| o.is::<boa_engine::builtins::error::Error>())
}

/// The innermost frame with a source position in a printed backtrace
/// (`    at f (/path/file.js:2:9)`), skipping native frames and sous's own
/// JavaScript (`node:` paths).
fn first_frame(text: &str) -> Option<Location> {
    text.lines()
        .filter_map(|l| l.trim_start().strip_prefix("at "))
        .find_map(parse_frame)
}

fn parse_frame(frame: &str) -> Option<Location> {
    // `f (/a.js:1:2)`, or a bare `/a.js:1:2`.
    let inner = match frame.strip_suffix(')') {
        Some(inner) => &inner[inner.rfind('(')? + 1..],
        None => frame,
    };
    let (rest, column) = inner.rsplit_once(':')?;
    let (path, line) = rest.rsplit_once(':')?;
    if path.starts_with("node:") || path.is_empty() {
        return None;
    }
    Some(Location {
        path: path.to_string(),
        line: line.parse().ok()?,
        column: column.parse().ok()?,
    })
}

fn stack_location(value: &JsValue, context: &mut Context) -> Option<Location> {
    let obj = value.as_object()?;
    let stack = obj.get(js_string!("stack"), context).ok()?;
    let stack = stack.as_string()?.to_std_string_escaped();
    first_frame(&stack)
}

/// Prints `thrown` as Node does for an uncaught exception.
pub fn print(host: &Host, context: &mut Context, thrown: &Thrown) {
    let text = render(host, context, thrown);
    host.stdio.borrow_mut().err(text.as_bytes());
}

fn render(host: &Host, context: &mut Context, thrown: &Thrown) -> String {
    let frame = thrown.location.as_ref().and_then(|loc| {
        code_frame(
            host,
            loc,
            !thrown.from_promise,
            message_of(&thrown.value, context),
        )
    });
    let version = format!("sous v{}", env!("CARGO_PKG_VERSION"));
    if is_error(&thrown.value) || thrown.value.as_object().is_some() && frame.is_none() {
        let body = match is_error(&thrown.value) {
            true => stdlib::call(
                context,
                "internal/inspect",
                "inspectUncaught",
                std::slice::from_ref(&thrown.value),
            )
            .ok()
            .and_then(|s| s.as_string().map(|s| s.to_std_string_escaped()))
            .unwrap_or_else(|| stdlib::inspect(context, &thrown.value)),
            false => stdlib::inspect(context, &thrown.value),
        };
        return match frame {
            Some(frame) => format!("{frame}\n\n{body}\n\n{version}\n"),
            None => format!("{body}\n\n{version}\n"),
        };
    }
    // A thrown non-Error: Node starts with a blank line, prints primitives
    // as String() does and objects inspected, and points primitives to
    // --trace-uncaught.
    let (body, hint) = if thrown.value.is_object() {
        (stdlib::inspect(context, &thrown.value), "")
    } else if thrown.value.is_symbol() {
        (
            String::new(),
            "\n(Use `sous --trace-uncaught ...` to show where the exception was thrown)",
        )
    } else {
        let s = thrown
            .value
            .to_string(context)
            .map(|s| s.to_std_string_escaped())
            .unwrap_or_default();
        (
            s,
            "\n(Use `sous --trace-uncaught ...` to show where the exception was thrown)",
        )
    };
    let frame = frame.map(|f| format!("{f}\n")).unwrap_or_default();
    format!("\n{frame}{body}{hint}\n\n{version}\n")
}

/// An Error's `message`, if it is one.
fn message_of(value: &JsValue, context: &mut Context) -> Option<String> {
    if !is_error(value) {
        return None;
    }
    let m = value
        .as_object()?
        .get(js_string!("message"), context)
        .ok()?;
    m.as_string().map(|s| s.to_std_string_escaped())
}

/// The text of `path`: a file the runtime ran, or a builtin (`node:<name>`).
pub fn source_text(host: &Host, path: &str) -> Option<std::rc::Rc<str>> {
    match path.strip_prefix("node:") {
        Some(name) => stdlib::source(name).map(std::rc::Rc::from),
        None => host.sources.text(path),
    }
}

/// `path:line`, the source line, and a caret under the column.
fn code_frame(
    host: &Host,
    loc: &Location,
    at_throw: bool,
    message: Option<String>,
) -> Option<String> {
    let source = source_text(host, &loc.path)?;
    let line = source.lines().nth(loc.line.checked_sub(1)?)?;
    let mut column = loc.column.max(1) - 1;
    if loc.line == 1 {
        column = column.saturating_sub(host.sources.line_one_offset(&loc.path));
    }
    if at_throw {
        column = throw_keyword_before(line, column);
    }
    column = v8_column(line, column, message);
    let prefix: String = line
        .chars()
        .take(column)
        .map(|c| if c == '\t' { '\t' } else { ' ' })
        .collect();
    let shown = host.sources.display_path(&loc.path);
    Some(format!("{shown}:{}\n{line}\n{prefix}^", loc.line))
}

/// Boa places some positions differently from V8: a call at its `(` (V8:
/// at the callee's name) and an unresolvable name at the enclosing call
/// (V8: at the name itself).
fn v8_column(line: &str, column: usize, message: Option<String>) -> usize {
    let chars: Vec<char> = line.chars().collect();
    let is_ident = |c: char| c.is_alphanumeric() || c == '_' || c == '$';
    if let Some(name) = message
        .as_deref()
        .and_then(|m| m.strip_suffix(" is not defined"))
    {
        let found: Vec<usize> = line
            .match_indices(name)
            .map(|(i, _)| line[..i].chars().count())
            .collect();
        if let Some(best) = found.iter().min_by_key(|i| i.abs_diff(column)) {
            return *best;
        }
    }
    if chars.get(column) == Some(&'(') {
        let mut i = column;
        while i > 0 && is_ident(chars[i - 1]) {
            i -= 1;
        }
        return i;
    }
    column
}

/// Boa records a throw at its operand, or at the `new Error` inside it;
/// V8 at the `throw` keyword. If the statement before `column` on this line
/// starts with `throw` (`throw Object.assign(new Error(..), ..)`), return the
/// keyword's column.
fn throw_keyword_before(line: &str, column: usize) -> usize {
    let chars: Vec<char> = line.chars().collect();
    let end = column.min(chars.len());
    let is_word = |c: char| c.is_alphanumeric() || c == '_' || c == '$';
    let mut i = end;
    while i >= 5 {
        if matches!(chars[i - 1], ';' | '{' | '}') {
            break;
        }
        if chars[i - 5..i].iter().collect::<String>() == "throw"
            && (i == 5 || !is_word(chars[i - 6]))
            && chars.get(i).is_none_or(|c| !is_word(*c))
        {
            return i - 5;
        }
        i -= 1;
    }
    column
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_frames() {
        let loc =
            first_frame("Error: x\n    at f (/a/b.js:2:9)\n    at <main> (/a/b.js:4:2)").unwrap();
        assert_eq!((loc.path.as_str(), loc.line, loc.column), ("/a/b.js", 2, 9));
        assert!(first_frame("    at setTimeout (native)").is_none());
        let loc = first_frame("    at g (node:timers:3:4)\n    at h (/x.js:1:1)").unwrap();
        assert_eq!(loc.path, "/x.js");
    }

    #[test]
    fn caret_moves_to_throw() {
        assert_eq!(throw_keyword_before("  throw new Error('x');", 8), 2);
        assert_eq!(throw_keyword_before("  null.foo;", 7), 7);
        assert_eq!(throw_keyword_before("rethrow x", 8), 8);
        assert_eq!(
            throw_keyword_before("throw Object.assign(new Error('x'))", 20),
            0
        );
        assert_eq!(throw_keyword_before("throw 1; f(new Error('x'))", 11), 11);
    }
}
