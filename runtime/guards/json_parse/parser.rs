//! The JSON text grammar (ECMA-404) over a string's code units, building
//! Boa values directly.
//!
//! Iterative: open arrays and objects live on an explicit stack, so a
//! million levels of nesting parse on any thread (Boa's own `JSON.parse`
//! validates with serde_json, which stops at 128 levels, then evaluates the
//! text as a script). Objects get their properties in text order through
//! CreateDataProperty, which gives JavaScript's semantics for free: a
//! repeated key keeps its first position and takes the last value,
//! `"__proto__"` is an own data property, and integer-like keys enumerate
//! first. With a reviver, the parser also records each value's source span
//! for the reviver's `context.source`.

use super::syntax_error::{syntax_error, Expected};
use boa_engine::object::builtins::JsArray;
use boa_engine::string::JsStr;
use boa_engine::{Context, JsError, JsNativeError, JsObject, JsResult, JsString, JsValue};
use std::collections::HashMap;

/// A code unit of a Latin-1 (`u8`) or UTF-16 (`u16`) string.
pub trait Unit: Copy + Eq + std::hash::Hash {
    fn unit(self) -> u16;
    /// A string of these units, unescaped.
    fn string(units: &[Self]) -> JsString;
}

impl Unit for u8 {
    fn unit(self) -> u16 {
        u16::from(self)
    }
    fn string(units: &[u8]) -> JsString {
        JsString::from(JsStr::latin1(units))
    }
}

impl Unit for u16 {
    fn unit(self) -> u16 {
        self
    }
    fn string(units: &[u16]) -> JsString {
        JsString::from(units)
    }
}

/// Where each parsed value came from, for the reviver's `context.source`.
/// Objects and arrays keep their object so the reviver walk can tell when
/// a value was replaced (its recorded source no longer applies).
pub enum SourceNode {
    Primitive {
        value: JsValue,
        text: JsString,
    },
    Array {
        object: JsObject,
        items: Vec<SourceNode>,
    },
    Object {
        object: JsObject,
        members: HashMap<JsString, SourceNode>,
    },
}

/// Dropped with an explicit stack: the derived drop would recurse once per
/// level of nesting and overflow the thread's stack on a deep value.
impl Drop for SourceNode {
    fn drop(&mut self) {
        let mut pending = Vec::new();
        self.move_children(&mut pending);
        while let Some(mut node) = pending.pop() {
            node.move_children(&mut pending);
        }
    }
}

impl SourceNode {
    fn move_children(&mut self, to: &mut Vec<SourceNode>) {
        match self {
            SourceNode::Primitive { .. } => {}
            SourceNode::Array { items, .. } => to.append(items),
            SourceNode::Object { members, .. } => to.extend(members.drain().map(|(_, v)| v)),
        }
    }
}

/// An array or object still open, with what has been read of it.
enum Open {
    Array {
        items: Vec<JsValue>,
        sources: Vec<SourceNode>,
    },
    Object {
        object: JsObject,
        key: JsString,
        sources: HashMap<JsString, SourceNode>,
    },
}

/// Parses a whole JSON text; with `track_sources`, also the value's
/// source tree.
pub fn parse<T: Unit>(
    text: &[T],
    track_sources: bool,
    context: &mut Context,
) -> JsResult<(JsValue, Option<SourceNode>)> {
    let mut parser = Parser {
        text,
        pos: 0,
        track_sources,
        scratch: Vec::new(),
        recent: HashMap::new(),
        failure: None,
    };
    let result = parser.document(context);
    match parser.failure {
        Some((pos, expected)) if result.is_err() => {
            let units: Vec<u16> = text.iter().map(|u| u.unit()).collect();
            Err(syntax_error(&units, pos, expected, context))
        }
        _ => result,
    }
}

struct Parser<'a, T> {
    text: &'a [T],
    pos: usize,
    track_sources: bool,
    /// Reused buffer for strings with escapes.
    scratch: Vec<u16>,
    /// Short strings already made (keys, mostly): a big document repeats
    /// the same few keys, and sharing them saves an allocation each.
    recent: HashMap<&'a [T], JsString>,
    /// Where and why the text was rejected; [`parse`] words the error.
    failure: Option<(usize, Expected)>,
}

/// Strings up to this many code units are shared through `recent`.
const SHARED_MAX_LEN: usize = 32;
/// `recent` stops growing here, so unique strings cannot bloat it.
const SHARED_MAX_COUNT: usize = 4096;

const QUOTE: u16 = b'"' as u16;
const BACKSLASH: u16 = b'\\' as u16;

impl<'a, T: Unit> Parser<'a, T> {
    fn peek(&self) -> Option<u16> {
        self.text.get(self.pos).map(|u| u.unit())
    }

    fn skip_whitespace(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek().and_then(ascii) {
            self.pos += 1;
        }
    }

    /// Records the rejection; the returned error is a placeholder that
    /// [`parse`] replaces by the worded SyntaxError.
    fn error(&mut self, pos: usize, expected: Expected) -> JsError {
        self.failure = Some((pos, expected));
        JsNativeError::syntax().into()
    }

    fn document(&mut self, context: &mut Context) -> JsResult<(JsValue, Option<SourceNode>)> {
        let mut open: Vec<Open> = Vec::new();
        'value: loop {
            self.skip_whitespace();
            let start = self.pos;
            let mut value = match self.peek().and_then(ascii) {
                Some(b'[') => {
                    self.pos += 1;
                    self.skip_whitespace();
                    if self.peek() == Some(u16::from(b']')) {
                        self.pos += 1;
                        JsArray::new(context)?.into()
                    } else {
                        open.push(Open::Array {
                            items: Vec::new(),
                            sources: Vec::new(),
                        });
                        continue 'value;
                    }
                }
                Some(b'{') => {
                    self.pos += 1;
                    self.skip_whitespace();
                    let object = JsObject::with_object_proto(context.intrinsics());
                    if self.peek() == Some(u16::from(b'}')) {
                        self.pos += 1;
                        object.into()
                    } else {
                        if self.peek() != Some(QUOTE) {
                            return Err(self.error(self.pos, Expected::PropertyNameOrRBrace));
                        }
                        let key = self.property_name()?;
                        open.push(Open::Object {
                            object,
                            key,
                            sources: HashMap::new(),
                        });
                        continue 'value;
                    }
                }
                Some(b'"') => self.string()?.into(),
                Some(b'-' | b'0'..=b'9') => self.number()?,
                Some(b't') => self.literal("true", JsValue::from(true))?,
                Some(b'f') => self.literal("false", JsValue::from(false))?,
                Some(b'n') => self.literal("null", JsValue::null())?,
                _ => return Err(self.error(self.pos, Expected::Token)),
            };
            let mut source = self.track_sources.then(|| self.source_of(&value, start));
            // Hand the value to the innermost open container; a closing
            // bracket makes that container the next value to hand on.
            loop {
                let Some(container) = open.last_mut() else {
                    self.skip_whitespace();
                    if self.pos < self.text.len() {
                        return Err(self.error(self.pos, Expected::EndOfInput));
                    }
                    return Ok((value, source));
                };
                match container {
                    Open::Array { items, sources } => {
                        items.push(value);
                        sources.extend(source);
                        self.skip_whitespace();
                        match self.peek().and_then(ascii) {
                            Some(b',') => {
                                self.pos += 1;
                                continue 'value;
                            }
                            Some(b']') => self.pos += 1,
                            _ => return Err(self.error(self.pos, Expected::CommaOrRBrack)),
                        }
                        let Some(Open::Array { items, sources }) = open.pop() else {
                            unreachable!("the innermost container is this array")
                        };
                        let array = JsArray::from_iter(items, context);
                        source = self.track_sources.then(|| SourceNode::Array {
                            object: array.clone().into(),
                            items: sources,
                        });
                        value = array.into();
                    }
                    Open::Object {
                        object,
                        key,
                        sources,
                    } => {
                        object.create_data_property_or_throw(key.clone(), value, context)?;
                        if let Some(source) = source {
                            sources.insert(key.clone(), source);
                        }
                        self.skip_whitespace();
                        match self.peek().and_then(ascii) {
                            Some(b',') => {
                                self.pos += 1;
                                self.skip_whitespace();
                                if self.peek() != Some(QUOTE) {
                                    return Err(
                                        self.error(self.pos, Expected::DoubleQuotedPropertyName)
                                    );
                                }
                                *key = self.property_name()?;
                                continue 'value;
                            }
                            Some(b'}') => self.pos += 1,
                            _ => return Err(self.error(self.pos, Expected::CommaOrRBrace)),
                        }
                        let Some(Open::Object {
                            object, sources, ..
                        }) = open.pop()
                        else {
                            unreachable!("the innermost container is this object")
                        };
                        source = self.track_sources.then(|| SourceNode::Object {
                            object: object.clone(),
                            members: sources,
                        });
                        value = object.into();
                    }
                }
            }
        }
    }

    /// The source node of a primitive just read from `start`.
    fn source_of(&self, value: &JsValue, start: usize) -> SourceNode {
        SourceNode::Primitive {
            value: value.clone(),
            text: T::string(&self.text[start..self.pos]),
        }
    }

    /// A key and the `:` after it; the cursor is on the opening quote.
    fn property_name(&mut self) -> JsResult<JsString> {
        let key = self.string()?;
        self.skip_whitespace();
        if self.peek() != Some(u16::from(b':')) {
            return Err(self.error(self.pos, Expected::ColonAfterPropertyName));
        }
        self.pos += 1;
        Ok(key)
    }

    /// `true`, `false` or `null`; the cursor is on its first letter.
    fn literal(&mut self, word: &str, value: JsValue) -> JsResult<JsValue> {
        for &letter in word.as_bytes() {
            if self.peek() != Some(u16::from(letter)) {
                return Err(self.error(self.pos, Expected::Token));
            }
            self.pos += 1;
        }
        Ok(value)
    }

    /// A string; the cursor is on the opening quote.
    fn string(&mut self) -> JsResult<JsString> {
        self.pos += 1;
        let start = self.pos;
        // Fast path: no escape, the units are the value.
        loop {
            match self.peek() {
                None => return Err(self.error(self.pos, Expected::StringEnd)),
                Some(QUOTE) => {
                    let units = &self.text[start..self.pos];
                    self.pos += 1;
                    return Ok(self.shared_string(units));
                }
                Some(BACKSLASH) => break,
                Some(unit) if unit < 0x20 => {
                    return Err(self.error(self.pos, Expected::NoControlCharacter))
                }
                Some(_) => self.pos += 1,
            }
        }
        let mut buffer = std::mem::take(&mut self.scratch);
        buffer.clear();
        buffer.extend(self.text[start..self.pos].iter().map(|u| u.unit()));
        let result = self.escaped_string_rest(&mut buffer);
        let value = result.map(|()| JsString::from(&buffer[..]));
        self.scratch = buffer;
        value
    }

    /// The string of `units`, shared with an earlier equal one if short.
    fn shared_string(&mut self, units: &'a [T]) -> JsString {
        if units.len() > SHARED_MAX_LEN {
            return T::string(units);
        }
        if let Some(made) = self.recent.get(units) {
            return made.clone();
        }
        let made = T::string(units);
        if self.recent.len() < SHARED_MAX_COUNT {
            self.recent.insert(units, made.clone());
        }
        made
    }

    /// The rest of a string from its first backslash, into `buffer`.
    fn escaped_string_rest(&mut self, buffer: &mut Vec<u16>) -> JsResult<()> {
        loop {
            match self.peek() {
                None => return Err(self.error(self.pos, Expected::StringEnd)),
                Some(QUOTE) => {
                    self.pos += 1;
                    return Ok(());
                }
                Some(BACKSLASH) => {
                    self.pos += 1;
                    let unit = match self.peek().and_then(ascii) {
                        None if self.pos >= self.text.len() => {
                            return Err(self.error(self.pos, Expected::Token))
                        }
                        Some(b'"') => QUOTE,
                        Some(b'\\') => BACKSLASH,
                        Some(b'/') => u16::from(b'/'),
                        Some(b'b') => 0x08,
                        Some(b'f') => 0x0c,
                        Some(b'n') => u16::from(b'\n'),
                        Some(b'r') => u16::from(b'\r'),
                        Some(b't') => u16::from(b'\t'),
                        Some(b'u') => {
                            self.pos += 1;
                            buffer.push(self.hex4()?);
                            continue;
                        }
                        _ => return Err(self.error(self.pos, Expected::EscapedCharacter)),
                    };
                    self.pos += 1;
                    buffer.push(unit);
                }
                Some(unit) if unit < 0x20 => {
                    return Err(self.error(self.pos, Expected::NoControlCharacter))
                }
                Some(unit) => {
                    buffer.push(unit);
                    self.pos += 1;
                }
            }
        }
    }

    /// Four hex digits of a `\u` escape (a lone surrogate stays as it is).
    fn hex4(&mut self) -> JsResult<u16> {
        let mut unit = 0u16;
        for _ in 0..4 {
            let digit = self
                .peek()
                .and_then(|u| char::from_u32(u32::from(u)))
                .and_then(|c| c.to_digit(16));
            let Some(digit) = digit else {
                return Err(self.error(self.pos, Expected::UnicodeEscape));
            };
            unit = unit * 16 + digit as u16;
            self.pos += 1;
        }
        Ok(unit)
    }

    /// A number; the cursor is on its `-` or first digit.
    fn number(&mut self) -> JsResult<JsValue> {
        let start = self.pos;
        let negative = self.peek() == Some(u16::from(b'-'));
        if negative {
            self.pos += 1;
        }
        match self.peek().and_then(ascii) {
            Some(b'0') => {
                self.pos += 1;
                if self.digit().is_some() {
                    return Err(self.error(self.pos, Expected::NoLeadingZero));
                }
            }
            Some(b'1'..=b'9') => self.digits(),
            _ => return Err(self.error(self.pos, Expected::NumberAfterMinus)),
        }
        let integer_end = self.pos;
        if self.peek() == Some(u16::from(b'.')) {
            self.pos += 1;
            if self.digit().is_none() {
                return Err(self.error(self.pos, Expected::FractionDigits));
            }
            self.digits();
        }
        if let Some(b'e' | b'E') = self.peek().and_then(ascii) {
            self.pos += 1;
            if let Some(b'+' | b'-') = self.peek().and_then(ascii) {
                self.pos += 1;
            }
            if self.digit().is_none() {
                return Err(self.error(self.pos, Expected::ExponentDigits));
            }
            self.digits();
        }
        let units = &self.text[start..self.pos];
        // Small integers exactly, without a float parse; -0 is a float.
        let digits = integer_end - start - usize::from(negative);
        if integer_end == self.pos && digits <= 9 {
            let magnitude = units[usize::from(negative)..]
                .iter()
                .fold(0i32, |n, u| n * 10 + i32::from(u.unit() - u16::from(b'0')));
            if !(negative && magnitude == 0) {
                return Ok(JsValue::from(if negative { -magnitude } else { magnitude }));
            }
        }
        // The grammar checked above is a subset of what Rust parses, which
        // rounds to the nearest double and overflows to infinity as JS does.
        let text: String = units.iter().map(|u| char::from(u.unit() as u8)).collect();
        let n: f64 = text.parse().unwrap_or(f64::NAN);
        Ok(JsValue::from(n))
    }

    fn digit(&self) -> Option<u8> {
        self.peek().and_then(ascii).filter(u8::is_ascii_digit)
    }

    fn digits(&mut self) {
        while self.digit().is_some() {
            self.pos += 1;
        }
    }
}

/// The unit as an ASCII byte, if it is one.
fn ascii(unit: u16) -> Option<u8> {
    u8::try_from(unit).ok().filter(u8::is_ascii)
}
