//! V8's `JSON.parse` error messages (Node 24), built from where the parser
//! stopped.
//!
//! Two families: a message naming what was expected ("Expected ',' or ']'
//! after array element in JSON at position 4 (line 1 column 5)"), and the
//! generic one for a token that cannot start or continue a value, which
//! quotes the source (cut to 10 code units either side when the text is
//! longer than 21).

use boa_engine::property::PropertyDescriptor;
use boa_engine::{js_string, Context, JsError, JsNativeError, JsString};

/// What the parser expected and did not find.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expected {
    /// No better description: V8 names the token itself.
    Token,
    PropertyNameOrRBrace,
    DoubleQuotedPropertyName,
    ColonAfterPropertyName,
    CommaOrRBrack,
    CommaOrRBrace,
    EndOfInput,
    /// A digit after `0` (`01`): V8 reports the number token.
    NoLeadingZero,
    NumberAfterMinus,
    FractionDigits,
    ExponentDigits,
    StringEnd,
    NoControlCharacter,
    EscapedCharacter,
    UnicodeEscape,
}

impl Expected {
    /// The message before " at position …", where there is one.
    fn describe(self) -> Option<&'static str> {
        Some(match self {
            Expected::Token => return None,
            Expected::PropertyNameOrRBrace => "Expected property name or '}' in JSON",
            Expected::DoubleQuotedPropertyName => "Expected double-quoted property name in JSON",
            Expected::ColonAfterPropertyName => "Expected ':' after property name in JSON",
            Expected::CommaOrRBrack => "Expected ',' or ']' after array element in JSON",
            Expected::CommaOrRBrace => "Expected ',' or '}' after property value in JSON",
            Expected::EndOfInput => "Unexpected non-whitespace character after JSON",
            Expected::NoLeadingZero => "Unexpected number in JSON",
            Expected::NumberAfterMinus => "No number after minus sign in JSON",
            Expected::FractionDigits => "Unterminated fractional number in JSON",
            Expected::ExponentDigits => "Exponent part is missing a number in JSON",
            Expected::StringEnd => "Unterminated string in JSON",
            Expected::NoControlCharacter => "Bad control character in string literal in JSON",
            Expected::EscapedCharacter => "Bad escaped character in JSON",
            Expected::UnicodeEscape => "Bad Unicode escape in JSON",
        })
    }
}

/// Source texts V8 quotes whole instead of naming a token: what `String()`
/// gives for the usual non-JSON arguments.
const SPECIAL_SOURCES: [&str; 4] = ["undefined", "NaN", "Infinity", "[object Object]"];

/// Context quoted either side of the position in the generic message.
const CONTEXT: usize = 10;

/// The SyntaxError for a parse that stopped at `pos` of `source`. The
/// message quotes the source's code units as they are (a lone surrogate
/// included), so it is made as a JavaScript string.
pub fn syntax_error(
    source: &[u16],
    pos: usize,
    expected: Expected,
    context: &mut Context,
) -> JsError {
    let units = message(source, pos, expected);
    if let Ok(text) = String::from_utf16(&units) {
        return JsNativeError::syntax().with_message(text).into();
    }
    let error = JsNativeError::syntax().into_opaque(context);
    let message = PropertyDescriptor::builder()
        .value(JsString::from(&units[..]))
        .writable(true)
        .enumerable(false)
        .configurable(true);
    match error.define_property_or_throw(js_string!("message"), message, context) {
        Ok(_) => JsError::from_opaque(error.into()),
        Err(e) => e,
    }
}

fn message(source: &[u16], pos: usize, expected: Expected) -> Vec<u16> {
    let text = |s: &str| s.encode_utf16().collect::<Vec<u16>>();
    if let Some(what) = expected.describe() {
        let (line, column) = line_and_column(source, pos);
        return text(&format!(
            "{what} at position {pos} (line {line} column {column})"
        ));
    }
    let Some(&unit) = source.get(pos) else {
        return text("Unexpected end of JSON input");
    };
    if let Some(special) = SPECIAL_SOURCES.iter().find(|s| text(s) == source) {
        return text(&format!("\"{special}\" is not valid JSON"));
    }
    let len = source.len();
    let (before, from, to, after) = if len <= 2 * CONTEXT + 1 {
        ("\"", 0, len, "\"")
    } else if pos < CONTEXT {
        ("\"", 0, pos + CONTEXT, "\"...")
    } else if pos < len - CONTEXT {
        ("...\"", pos - CONTEXT, pos + CONTEXT, "\"...")
    } else {
        ("...\"", pos - CONTEXT, len, "\"")
    };
    [
        &text("Unexpected token '")[..],
        &[unit],
        &text("', ")[..],
        &text(before)[..],
        &source[from..to],
        &text(after)[..],
        &text(" is not valid JSON")[..],
    ]
    .concat()
}

/// V8's 1-based line and column: `\n`, `\r` and `\r\n` each end a line.
fn line_and_column(source: &[u16], pos: usize) -> (usize, usize) {
    let mut line = 1;
    let mut line_start = 0;
    let mut i = 0;
    let end = pos.min(source.len());
    while i < end {
        if source[i] == u16::from(b'\r') && i + 1 < end && source[i + 1] == u16::from(b'\n') {
            i += 1;
        }
        if source[i] == u16::from(b'\r') || source[i] == u16::from(b'\n') {
            line += 1;
            line_start = i + 1;
        }
        i += 1;
    }
    (line, 1 + end - line_start)
}
