//! How the REPL prints values and errors: `util.inspect`, and Node's
//! `Uncaught ...` lines (not the fatal report of a script).

use boa_engine::object::ObjectInitializer;
use boa_engine::property::Attribute;
use boa_engine::{js_string, Context, JsValue};

/// Which stack frames an `Uncaught` error keeps.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Frames {
    /// Thrown by an input: the frames inside functions the session defined
    /// (`at g (REPL23:1:22)`), not the input's own top level or the runtime.
    Repl,
    /// Thrown by a timer or other callback: the header line only.
    None,
    /// An unhandled rejection: the whole stack.
    All,
}

/// `util.inspect(value, { colors })`.
pub fn inspect(context: &mut Context, value: &JsValue, colors: bool) -> String {
    let options = ObjectInitializer::new(context)
        .property(js_string!("colors"), colors, Attribute::all())
        .build();
    match crate::stdlib::call(context, "util", "inspect", &[value.clone(), options.into()]) {
        Ok(s) => s
            .as_string()
            .map(|s| s.to_std_string_escaped())
            .unwrap_or_default(),
        Err(_) => value.display().to_string(),
    }
}

/// `Uncaught TypeError: ...` for an error, `Uncaught 5` for other values.
pub fn uncaught(context: &mut Context, value: &JsValue, frames: Frames, colors: bool) -> String {
    if !crate::report::is_error(value) {
        return format!("Uncaught {}", inspect(context, value, colors));
    }
    // A rejection prints the error's stack as it is; a throw is inspected,
    // and Node drops the brackets `util.inspect` puts around an error
    // without frames (`[Error: x]`) unless properties follow.
    let stack = match frames {
        Frames::All => value
            .as_object()
            .and_then(|o| o.get(js_string!("stack"), context).ok())
            .and_then(|s| s.as_string().map(|s| s.to_std_string_lossy())),
        _ => None,
    };
    let mut text = stack.unwrap_or_else(|| inspect(context, value, colors));
    if text.starts_with('[') && text.ends_with(']') && !text.contains('\n') {
        text = text[1..text.len() - 1].to_string();
    }
    let text = node_syntax_error(&text);
    let mut out = String::from("Uncaught ");
    let mut dropping = false;
    for (n, line) in text.lines().enumerate() {
        let frame = line.trim_start().starts_with("at ");
        if frame {
            dropping |= match frames {
                Frames::All => false,
                Frames::None => true,
                Frames::Repl => !is_repl_function(line),
            };
            if dropping {
                continue;
            }
        }
        if n > 0 {
            out.push('\n');
        }
        out.push_str(line);
    }
    out
}

/// A frame of a function the session defined: `at g (REPL23:1:22)`, not
/// the input's top level (`at <main> (REPL23:...)`).
fn is_repl_function(frame: &str) -> bool {
    let frame = frame.trim_start().trim_start_matches("at ");
    frame.contains("(REPL") && !frame.starts_with('<') && !frame.starts_with('(')
}

/// For a SyntaxError from Boa's parser (`... at line 1, col 7`): Node's
/// code frame (the line, a caret, a blank line). A redeclaration, which
/// Boa reports without the name, is renamed on the error object here:
/// `Identifier 'x' has already been declared`, the name being the first
/// the input declares that the session already has.
pub fn syntax_frame(
    context: &mut Context,
    value: &JsValue,
    code: &str,
    lexical: &std::collections::BTreeSet<String>,
) -> String {
    let Some(error) = value.as_object().filter(|_| crate::report::is_error(value)) else {
        return String::new();
    };
    let message = error
        .get(js_string!("message"), context)
        .ok()
        .and_then(|m| m.as_string().map(|s| s.to_std_string_escaped()))
        .unwrap_or_default();
    if message.contains("duplicate lexical declaration") {
        let global = context.global_object();
        let declared: Vec<String> = super::source::statements(code)
            .into_iter()
            .filter_map(super::source::declaration)
            .flat_map(|d| d.names.into_iter().map(String::from).collect::<Vec<_>>())
            .collect();
        let clash = declared
            .iter()
            .find(|n| {
                lexical.contains(*n)
                    || global
                        .has_own_property(js_string!(n.as_str()), context)
                        .unwrap_or(false)
            })
            .or(declared.first());
        if let Some(name) = clash {
            let text = format!("Identifier '{name}' has already been declared");
            let _ = error.set(
                js_string!("message"),
                js_string!(text.as_str()),
                false,
                context,
            );
            let _ = error.set(
                js_string!("stack"),
                js_string!(format!("SyntaxError: {text}").as_str()),
                false,
                context,
            );
        }
        return String::new();
    }
    let Some((line, col)) = crate::syntax_errors::from_boa(&message).position else {
        return String::new();
    };
    match code.lines().nth(line.saturating_sub(1)) {
        Some(text) if line > 0 && col > 0 => {
            format!("{text}\n{}^\n\n", " ".repeat(col - 1))
        }
        _ => String::new(),
    }
}

/// An error report whose header is a Boa `SyntaxError`, reworded as V8's
/// (see `syntax_errors`); other reports unchanged.
fn node_syntax_error(text: &str) -> String {
    let Some(rest) = text.strip_prefix("SyntaxError: ") else {
        return text.to_string();
    };
    let (message, tail) = rest.split_once('\n').unwrap_or((rest, ""));
    let m = crate::syntax_errors::from_boa(message).message;
    match tail {
        "" => format!("SyntaxError: {m}"),
        tail => format!("SyntaxError: {m}\n{tail}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syntax_messages() {
        assert_eq!(
            node_syntax_error(
                "SyntaxError: unexpected token '=', primary expression at line 1, col 7"
            ),
            "SyntaxError: Unexpected token '='"
        );
        assert_eq!(node_syntax_error("TypeError: x"), "TypeError: x");
    }

    #[test]
    fn repl_frames() {
        assert!(is_repl_function("    at g (REPL23:1:22)"));
        assert!(!is_repl_function("    at <main> (REPL23:1:22)"));
        assert!(!is_repl_function("    at f (node:timers:3:1)"));
    }
}
