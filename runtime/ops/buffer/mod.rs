//! Natives behind `Buffer` (`stdlib-js/buffer.js`): the string ⇄ bytes
//! conversions for every Node encoding, and the byte loops (compare, search,
//! fill) that would cost a microsecond per byte in interpreted JavaScript.
//!
//! The codecs are plain Rust on slices so that `fs` can run them on a pool
//! worker; only `new_buffer` and the natives touch Boa.

use base64::engine::general_purpose::{
    GeneralPurpose, GeneralPurposeConfig, STANDARD, URL_SAFE_NO_PAD,
};
use base64::engine::DecodePaddingMode;
use base64::Engine;
use boa_engine::object::builtins::{
    AlignedVec, JsArrayBuffer, JsSharedArrayBuffer, JsTypedArray, JsUint8Array,
};
use boa_engine::string::{JsStr, JsStrVariant};
use boa_engine::{Context, JsNativeError, JsObject, JsResult, JsString, JsValue};

/// Node's encodings, by the small number `buffer.js` passes for each.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Encoding {
    /// No encoding: the bytes themselves (a `Buffer`).
    Buffer,
    Utf8,
    Utf16le,
    Latin1,
    Ascii,
    Base64,
    Base64url,
    Hex,
}

impl Encoding {
    /// How many UTF-16 code units decoding `bytes` bytes gives, where that
    /// is known without decoding (not for UTF-8).
    pub fn decoded_units(self, bytes: usize) -> Option<usize> {
        match self {
            Encoding::Latin1 | Encoding::Ascii => Some(bytes),
            Encoding::Hex => Some(bytes.saturating_mul(2)),
            Encoding::Utf16le => Some(bytes / 2),
            Encoding::Base64 => Some(bytes.div_ceil(3).saturating_mul(4)),
            Encoding::Base64url => Some((bytes.saturating_mul(4)).div_ceil(3)),
            Encoding::Utf8 | Encoding::Buffer => None,
        }
    }

    /// The encoding `buffer.js` numbered `code` (see `encodingCodes` there).
    pub fn from_value(value: Option<&JsValue>) -> Encoding {
        match value.and_then(JsValue::as_number).unwrap_or(0.0) as i32 {
            1 => Encoding::Utf8,
            2 => Encoding::Utf16le,
            3 => Encoding::Latin1,
            4 => Encoding::Ascii,
            5 => Encoding::Base64,
            6 => Encoding::Base64url,
            7 => Encoding::Hex,
            _ => Encoding::Buffer,
        }
    }
}

/// A decoded string, built off the main thread, that becomes a `JsString`
/// with a single copy.
pub enum Text {
    /// One byte per code unit (ASCII or Latin-1), in the buffer it was read into.
    Bytes(AlignedVec<u8>),
    /// One byte per code unit.
    Latin1(Vec<u8>),
    /// UTF-16 code units.
    Utf16(Vec<u16>),
}

impl Text {
    /// Its length in UTF-16 code units.
    pub fn units(&self) -> usize {
        match self {
            Text::Bytes(b) => b.len(),
            Text::Latin1(b) => b.len(),
            Text::Utf16(u) => u.len(),
        }
    }

    /// The string, or Node's `ERR_STRING_TOO_LONG` past its maximum length.
    pub fn to_js_string(&self, context: &mut Context) -> JsResult<JsString> {
        crate::guards::strings::check_decoded(context, self.units())?;
        Ok(match self {
            Text::Bytes(b) => JsString::from(JsStr::latin1(b.as_slice())),
            Text::Latin1(b) => JsString::from(JsStr::latin1(b)),
            Text::Utf16(u) => JsString::from(&u[..]),
        })
    }
}

/// Decodes `bytes` as `encoding` (never `Buffer`), like `buf.toString(encoding)`.
pub fn decode(bytes: &[u8], encoding: Encoding) -> Text {
    match encoding {
        Encoding::Utf8 | Encoding::Buffer => decode_utf8(bytes),
        Encoding::Utf16le => Text::Utf16(
            bytes
                .chunks_exact(2)
                .map(|p| u16::from_le_bytes([p[0], p[1]]))
                .collect(),
        ),
        Encoding::Latin1 => Text::Latin1(bytes.to_vec()),
        Encoding::Ascii => Text::Latin1(bytes.iter().map(|b| b & 0x7f).collect()),
        Encoding::Base64 => Text::Latin1(STANDARD.encode(bytes).into_bytes()),
        Encoding::Base64url => Text::Latin1(URL_SAFE_NO_PAD.encode(bytes).into_bytes()),
        Encoding::Hex => Text::Latin1(hex::encode(bytes).into_bytes()),
    }
}

/// Like `decode`, reusing `bytes` itself where the string is one byte per
/// unit (ASCII text, latin1, ascii): no second buffer for a large file.
pub fn decode_owned(mut bytes: AlignedVec<u8>, encoding: Encoding) -> Text {
    match encoding {
        Encoding::Utf8 | Encoding::Buffer if bytes.is_ascii() => Text::Bytes(bytes),
        Encoding::Latin1 => Text::Bytes(bytes),
        Encoding::Ascii => {
            bytes.iter_mut().for_each(|b| *b &= 0x7f);
            Text::Bytes(bytes)
        }
        _ => decode(&bytes, encoding),
    }
}

/// UTF-8 with each invalid sequence replaced by U+FFFD (maximal subparts,
/// as V8 and the WHATWG decoder do).
fn decode_utf8(bytes: &[u8]) -> Text {
    if bytes.is_ascii() {
        return Text::Latin1(bytes.to_vec());
    }
    let s = String::from_utf8_lossy(bytes);
    Text::Utf16(s.encode_utf16().collect())
}

/// The code units of a JS string as UTF-8, lone surrogates as U+FFFD.
pub fn utf8_of(s: JsStr<'_>) -> Vec<u8> {
    match s.variant() {
        JsStrVariant::Latin1(b) => {
            if b.is_ascii() {
                return b.to_vec();
            }
            let mut out = Vec::with_capacity(b.len() * 2);
            for &c in b {
                let mut tmp = [0; 2];
                out.extend_from_slice((c as char).encode_utf8(&mut tmp).as_bytes());
            }
            out
        }
        JsStrVariant::Utf16(u) => {
            let mut out = Vec::with_capacity(u.len() * 3);
            for c in char::decode_utf16(u.iter().copied()) {
                let c = c.unwrap_or(char::REPLACEMENT_CHARACTER);
                let mut tmp = [0; 4];
                out.extend_from_slice(c.encode_utf8(&mut tmp).as_bytes());
            }
            out
        }
    }
}

/// The low byte of each code unit (Node's latin1 and ascii writes).
fn low_bytes(s: JsStr<'_>) -> Vec<u8> {
    match s.variant() {
        JsStrVariant::Latin1(b) => b.to_vec(),
        JsStrVariant::Utf16(u) => u.iter().map(|&c| c as u8).collect(),
    }
}

/// Node's forgiving base64: both alphabets, whitespace and junk skipped,
/// stops at the first `=`, a dangling sixth bit dropped.
fn base64_decode(s: JsStr<'_>) -> Vec<u8> {
    let mut clean = Vec::with_capacity(s.len());
    for unit in s.iter() {
        let c = match u8::try_from(unit) {
            Ok(c) => c,
            Err(_) => continue,
        };
        match c {
            b'=' => break,
            b'-' => clean.push(b'+'),
            b'_' => clean.push(b'/'),
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'+' | b'/' => clean.push(c),
            _ => {}
        }
    }
    if clean.len() % 4 == 1 {
        clean.pop();
    }
    const LENIENT: GeneralPurpose = GeneralPurpose::new(
        &base64::alphabet::STANDARD,
        GeneralPurposeConfig::new()
            .with_decode_padding_mode(DecodePaddingMode::Indifferent)
            .with_decode_allow_trailing_bits(true),
    );
    LENIENT.decode(&clean).unwrap_or_default()
}

/// Node's hex: pairs of hex digits up to the first pair that is not one.
fn hex_decode(s: JsStr<'_>) -> Vec<u8> {
    let units: Vec<u16> = s.iter().collect();
    let mut out = Vec::with_capacity(units.len() / 2);
    for pair in units.chunks_exact(2) {
        let digit = |u: u16| char::from_u32(u as u32).and_then(|c| c.to_digit(16));
        match (digit(pair[0]), digit(pair[1])) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            _ => break,
        }
    }
    out
}

/// `Buffer.from(string, encoding)`'s bytes.
pub fn encode(s: JsStr<'_>, encoding: Encoding) -> Vec<u8> {
    match encoding {
        Encoding::Utf8 | Encoding::Buffer => utf8_of(s),
        Encoding::Utf16le => s.iter().flat_map(u16::to_le_bytes).collect(),
        Encoding::Latin1 | Encoding::Ascii => low_bytes(s),
        Encoding::Base64 | Encoding::Base64url => base64_decode(s),
        Encoding::Hex => hex_decode(s),
    }
}

/// `Buffer.byteLength(string, encoding)` as Node computes it (for base64 an
/// estimate from the length, as Node's).
fn byte_length(s: JsStr<'_>, encoding: Encoding) -> usize {
    match encoding {
        Encoding::Utf8 | Encoding::Buffer => match s.variant() {
            JsStrVariant::Latin1(b) => b.len() + b.iter().filter(|&&c| c >= 0x80).count(),
            JsStrVariant::Utf16(u) => char::decode_utf16(u.iter().copied())
                .map(|c| c.map_or(3, char::len_utf8))
                .sum(),
        },
        Encoding::Utf16le => s.len() * 2,
        Encoding::Latin1 | Encoding::Ascii => s.len(),
        Encoding::Hex => s.len() / 2,
        Encoding::Base64 | Encoding::Base64url => {
            let mut n = s.len();
            if n > 0 && s.get(n - 1) == Some(u16::from(b'=')) {
                n -= 1;
            }
            if n > 1 && s.get(n - 1) == Some(u16::from(b'=')) {
                n -= 1;
            }
            (n * 3) >> 2
        }
    }
}

/// A `Buffer` (a Uint8Array with `Buffer.prototype`) that adopts `bytes`
/// without copying them.
pub fn new_buffer(bytes: AlignedVec<u8>, context: &mut Context) -> JsResult<JsValue> {
    external::note_external(bytes.len());
    let array =
        JsUint8Array::from_array_buffer(JsArrayBuffer::from_byte_block(bytes, context)?, context)?;
    if let Some(BufferProto(proto)) = context.get_data::<BufferProto>() {
        array.set_prototype(Some(proto.clone()));
    }
    Ok(array.into())
}

/// A `Buffer` holding a copy of `bytes`.
pub fn buffer_from_slice(bytes: &[u8], context: &mut Context) -> JsResult<JsValue> {
    new_buffer(AlignedVec::from_slice(0, bytes), context)
}

/// `Buffer.prototype`, registered by `buffer.js` when it loads.
struct BufferProto(JsObject);

/// The viewed bytes of a Uint8Array (or any typed array): its buffer, offset and length.
fn view(value: &JsValue, context: &mut Context) -> JsResult<(JsArrayBuffer, usize, usize)> {
    let not_bytes = || JsNativeError::typ().with_message("argument must be a buffer");
    let object = value.as_object().ok_or_else(not_bytes)?;
    let array = JsTypedArray::from_object(object).map_err(|_| not_bytes())?;
    let offset = array.byte_offset(context)?;
    let length = array.byte_length(context)?;
    let buffer = array.buffer(context)?;
    let buffer = buffer
        .as_object()
        .and_then(|b| JsArrayBuffer::from_object(b).ok())
        .ok_or_else(not_bytes)?;
    Ok((buffer, offset, length))
}

/// Runs `f` on the bytes a typed array views (empty if detached).
pub fn with_bytes<R>(
    value: &JsValue,
    context: &mut Context,
    f: impl FnOnce(&[u8]) -> R,
) -> JsResult<R> {
    let (buffer, offset, length) = view(value, context)?;
    let data = buffer.data();
    let bytes = data
        .as_deref()
        .and_then(|d| d.get(offset..offset + length))
        .unwrap_or(&[]);
    Ok(f(bytes))
}

pub fn with_bytes_mut<R>(
    value: &JsValue,
    context: &mut Context,
    f: impl FnOnce(&mut [u8]) -> R,
) -> JsResult<R> {
    let (buffer, offset, length) = view(value, context)?;
    let mut data = buffer.data_mut();
    let bytes = data
        .as_deref_mut()
        .and_then(|d| d.get_mut(offset..offset + length))
        .unwrap_or(&mut []);
    Ok(f(bytes))
}

/// Whether `value` is a Uint8Array (so a Buffer too).
pub fn is_uint8_array(value: &JsValue) -> bool {
    value
        .as_object()
        .is_some_and(|o| JsUint8Array::from_object(o).is_ok())
}

mod checks;
mod external;

use super::{arg, NativeFn};

pub fn binding(context: &mut Context) -> JsResult<JsObject> {
    let functions: [(&str, NativeFn, usize); 12] = [
        ("isAscii", checks::is_ascii, 1),
        ("isUtf8", checks::is_utf8, 1),
        ("setPrototype", set_prototype, 1),
        ("byteLength", byte_length_native, 2),
        ("fromString", from_string, 2),
        ("toString", to_string, 4),
        ("write", write, 5),
        ("compare", compare, 2),
        ("indexOf", index_of, 5),
        ("fill", fill, 4),
        ("isAnyArrayBuffer", is_any_array_buffer, 1),
        ("noteExternal", note_external, 1),
    ];
    Ok(super::binding_functions(context, &functions).build())
}

/// `noteExternal(bytes)`: a buffer.js allocation of that many bytes (see `external`).
fn note_external(_: &JsValue, args: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    external::note_external(index_arg(args, 0, 0));
    Ok(JsValue::undefined())
}

/// Whether a value is an ArrayBuffer or a SharedArrayBuffer (by its internal slot, not its
/// prototype: an object that only inherits from ArrayBuffer.prototype is not one).
fn is_any_array_buffer(_: &JsValue, args: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let obj = args.first().and_then(JsValue::as_object);
    Ok(obj
        .is_some_and(|o| {
            JsArrayBuffer::from_object(o.clone()).is_ok()
                || JsSharedArrayBuffer::from_object(o).is_ok()
        })
        .into())
}

/// A non-negative integer argument (buffer.js has validated it), or `default`.
fn index_arg(args: &[JsValue], i: usize, default: usize) -> usize {
    match args.get(i).and_then(JsValue::as_number) {
        Some(n) if n.is_finite() => n.max(0.0) as usize,
        _ => default,
    }
}

fn string_arg(args: &[JsValue], i: usize, context: &mut Context) -> JsResult<JsString> {
    arg(args, i).to_string(context)
}

fn set_prototype(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    if let Some(proto) = args.first().and_then(JsValue::as_object) {
        context.insert_data(BufferProto(proto));
    }
    Ok(JsValue::undefined())
}

/// `byteLength(string, encoding)`.
fn byte_length_native(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let s = string_arg(args, 0, context)?;
    Ok((byte_length(s.as_str(), Encoding::from_value(args.get(1))) as f64).into())
}

/// `fromString(string, encoding)`: a new Buffer.
fn from_string(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let s = string_arg(args, 0, context)?;
    let bytes = encode(s.as_str(), Encoding::from_value(args.get(1)));
    buffer_from_slice(&bytes, context)
}

/// `toString(buf, encoding, start, end)`: `start..end` already clamped by buffer.js.
fn to_string(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let encoding = Encoding::from_value(args.get(1));
    let text = with_bytes(&arg(args, 0), context, |bytes| {
        let end = index_arg(args, 3, bytes.len()).min(bytes.len());
        let start = index_arg(args, 2, 0).min(end);
        // Too long is known before decoding for most encodings.
        match encoding.decoded_units(end - start) {
            Some(units) if units > crate::guards::strings::MAX_LENGTH => None,
            _ => Some(decode(&bytes[start..end], encoding)),
        }
    })?;
    match text {
        Some(text) => Ok(text.to_js_string(context)?.into()),
        None => Err(crate::guards::strings::too_long(context)),
    }
}

/// `write(buf, string, offset, length, encoding)`: bytes written. A UTF-8
/// or UTF-16 character that does not fit whole is not written at all.
fn write(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let s = string_arg(args, 1, context)?;
    let encoding = Encoding::from_value(args.get(4));
    let bytes = encode(s.as_str(), encoding);
    let written = with_bytes_mut(&arg(args, 0), context, |target| {
        let offset = index_arg(args, 2, 0).min(target.len());
        let room = index_arg(args, 3, target.len()).min(target.len() - offset);
        let mut n = bytes.len().min(room);
        if n < bytes.len() {
            match encoding {
                Encoding::Utf8 | Encoding::Buffer => {
                    while n > 0 && bytes[n] & 0xc0 == 0x80 {
                        n -= 1;
                    }
                }
                Encoding::Utf16le => n &= !1,
                _ => {}
            }
        }
        target[offset..offset + n].copy_from_slice(&bytes[..n]);
        n
    })?;
    Ok((written as f64).into())
}

/// Runs `f` on the bytes two typed arrays view (they may share a buffer:
/// both borrows are shared ones).
fn with_two<R>(
    a: &JsValue,
    b: &JsValue,
    context: &mut Context,
    f: impl FnOnce(&[u8], &[u8]) -> R,
) -> JsResult<R> {
    let (buf_a, off_a, len_a) = view(a, context)?;
    let (buf_b, off_b, len_b) = view(b, context)?;
    let data_a = buf_a.data();
    let data_b = buf_b.data();
    let bytes_a = data_a
        .as_deref()
        .and_then(|d| d.get(off_a..off_a + len_a))
        .unwrap_or(&[]);
    let bytes_b = data_b
        .as_deref()
        .and_then(|d| d.get(off_b..off_b + len_b))
        .unwrap_or(&[]);
    Ok(f(bytes_a, bytes_b))
}

/// `compare(a, b)`: -1, 0 or 1, bytewise.
fn compare(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let order = with_two(&arg(args, 0), &arg(args, 1), context, |a, b| a.cmp(b))?;
    Ok((order as i32).into())
}

/// `indexOf(buf, needle, byteOffset, forward, utf16)`: where `needle` (bytes)
/// starts, searching from `byteOffset` forward or backward; -1 if nowhere.
fn index_of(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let offset = args.get(2).and_then(JsValue::as_number).unwrap_or(0.0);
    let forward = args.get(3).is_some_and(JsValue::to_boolean);
    // UTF-16 searches go by whole 2-byte units, at even offsets (as Node's do).
    let unit = if args.get(4).is_some_and(JsValue::to_boolean) {
        2
    } else {
        1
    };
    let found = with_two(&arg(args, 0), &arg(args, 1), context, |hay, needle| {
        let (hay, needle) = if unit == 2 {
            if hay.len() < 2 || needle.len() < 2 {
                return -1.0;
            }
            (&hay[..hay.len() & !1], &needle[..needle.len() & !1])
        } else {
            (hay, needle)
        };
        let len = hay.len() as f64;
        let from = if offset < 0.0 { offset + len } else { offset };
        let matches_at = |i: &usize| &hay[*i..*i + needle.len()] == needle;
        if forward {
            let from = from.max(0.0);
            if needle.is_empty() {
                return from.min(len);
            }
            let from = from as usize / unit * unit;
            if from >= hay.len() || needle.len() > hay.len() - from {
                return -1.0;
            }
            (from..=hay.len() - needle.len())
                .step_by(unit)
                .find(matches_at)
                .map_or(-1.0, |p| p as f64)
        } else {
            if from < 0.0 {
                return -1.0;
            }
            if needle.is_empty() {
                return from.min(len);
            }
            if needle.len() > hay.len() {
                return -1.0;
            }
            let last = (from as usize).min(hay.len() - needle.len()) / unit * unit;
            (0..=last)
                .rev()
                .step_by(unit)
                .find(matches_at)
                .map_or(-1.0, |p| p as f64)
        }
    })?;
    Ok(found.into())
}

/// `fill(buf, pattern, start, end)`: repeats `pattern` (non-empty bytes) over `start..end`.
fn fill(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let pattern = with_bytes(&arg(args, 1), context, <[u8]>::to_vec)?;
    with_bytes_mut(&arg(args, 0), context, |target| {
        let end = index_arg(args, 3, target.len()).min(target.len());
        let start = index_arg(args, 2, 0).min(end);
        match pattern.len() {
            0 => return,
            1 => return target[start..end].fill(pattern[0]),
            _ => {}
        }
        for (dst, src) in target[start..end].iter_mut().zip(pattern.iter().cycle()) {
            *dst = *src;
        }
    })?;
    Ok(JsValue::undefined())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(t: Text) -> String {
        match t {
            Text::Bytes(b) => b.iter().map(|&c| c as char).collect(),
            Text::Latin1(b) => b.iter().map(|&c| c as char).collect(),
            Text::Utf16(u) => String::from_utf16_lossy(&u),
        }
    }

    #[test]
    fn invalid_utf8_becomes_replacement_characters() {
        assert_eq!(
            text(decode(&[0xe2, 0x82, 0xac, 0xff], Encoding::Utf8)),
            "€\u{fffd}"
        );
        assert_eq!(text(decode(&[0xe2, 0x82], Encoding::Utf8)), "\u{fffd}");
    }

    #[test]
    fn base64_is_forgiving_like_node() {
        let s: Vec<u16> = "aGVs bG8=junk".encode_utf16().collect();
        assert_eq!(encode(JsStr::utf16(&s), Encoding::Base64), b"hello");
        assert_eq!(
            encode(JsStr::latin1(b"aGVsbG8"), Encoding::Base64url),
            b"hello"
        );
        assert_eq!(
            encode(JsStr::latin1(b"_-8"), Encoding::Base64),
            vec![0xff, 0xef]
        );
    }

    #[test]
    fn hex_stops_at_the_first_bad_pair() {
        assert_eq!(encode(JsStr::latin1(b"abzz01"), Encoding::Hex), vec![0xab]);
        assert_eq!(encode(JsStr::latin1(b"abc"), Encoding::Hex), vec![0xab]);
    }
}
