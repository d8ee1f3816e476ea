//! Boa's parse errors in V8's words.
//!
//! Boa's parser says `unexpected token ';', primary expression at line 2,
//! col 11`; Node says `Unexpected token ';'` and shows the place in a code
//! frame. The module loader, `vm` and the REPL turn one into the other here.

use boa_engine::{js_string, Context, JsError, JsNativeError, JsNativeErrorKind};

/// A parse error as Node shows it: V8's message, and where (1-based).
#[derive(Debug, PartialEq, Eq)]
pub struct ParseError {
    pub message: String,
    pub position: Option<(usize, usize)>,
}

/// Splits Boa's `... at line L, col C` off and rewords the rest as V8 does
/// for the errors Node programs meet most; others are only capitalised.
pub fn from_boa(message: &str) -> ParseError {
    let (text, position) = split_position(message);
    ParseError {
        message: v8_message(text),
        position,
    }
}

/// Boa's parse errors carry their position in the message
/// (`unexpected token ';', primary expression at line 2, col 11`) and no
/// file: rebuild them as V8 words them, with a `stack` naming the place.
pub fn placed(context: &mut Context, err: JsError, path: &str) -> JsError {
    let Some(native) = err.as_native() else {
        return err;
    };
    if !matches!(native.kind(), JsNativeErrorKind::Syntax) {
        return err;
    }
    let raw = native.message().to_string();
    let ParseError { message, position } = from_boa(&raw);
    let stack = match position {
        Some((line, col)) => format!("SyntaxError: {message}\n    at {path}:{line}:{col}"),
        None => format!("SyntaxError: {message}"),
    };
    let obj = JsNativeError::syntax()
        .with_message(message)
        .into_opaque(context);
    let stack = boa_engine::property::PropertyDescriptor::builder()
        .value(js_string!(stack.as_str()))
        .writable(true)
        .enumerable(false)
        .configurable(true);
    let _ = obj.define_property_or_throw(js_string!("stack"), stack, context);
    JsError::from_opaque(obj.into())
}

fn split_position(message: &str) -> (&str, Option<(usize, usize)>) {
    if let Some(idx) = message.rfind(" at line ") {
        let tail = &message[idx + " at line ".len()..];
        if let Some((line, col)) = tail.split_once(", col ") {
            if let (Ok(l), Ok(c)) = (line.trim().parse(), col.trim().parse()) {
                return (&message[..idx], Some((l, c)));
            }
        }
    }
    (message, None)
}

fn v8_message(boa: &str) -> String {
    if let Some(rest) = boa.strip_prefix("unexpected token '") {
        if let Some((token, _)) = rest.split_once('\'') {
            return format!("Unexpected token '{token}'");
        }
    }
    if boa.contains("abrupt end") || boa.contains("end of input") || boa.contains("unexpected end")
    {
        return "Unexpected end of input".to_string();
    }
    if let Some(name) = redeclared_name(boa) {
        return format!("Identifier '{name}' has already been declared");
    }
    let mut chars = boa.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().collect::<String>() + chars.as_str(),
        None => String::new(),
    }
}

/// The name in a redeclaration error, when the message quotes it.
fn redeclared_name(message: &str) -> Option<&str> {
    if !(message.contains("already") || message.contains("duplicate") || message.contains("redecl"))
    {
        return None;
    }
    let start = message.find('\'')? + 1;
    let end = start + message[start..].find('\'')?;
    Some(&message[start..end])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rewords_and_locates() {
        let e = from_boa("unexpected token ';', primary expression at line 2, col 11");
        assert_eq!(e.message, "Unexpected token ';'");
        assert_eq!(e.position, Some((2, 11)));
        assert_eq!(from_boa("abrupt end").message, "Unexpected end of input");
        assert_eq!(
            from_boa("Identifier 'x' has already been declared").message,
            "Identifier 'x' has already been declared"
        );
        assert_eq!(from_boa("invalid regexp").message, "Invalid regexp");
        assert_eq!(from_boa("x at line 1").position, None);
    }
}
