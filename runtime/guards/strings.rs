//! Node's maximum string length, 2^29 - 24 UTF-16 code units.
//!
//! Boa's own limit is 2^32 - 1, and its `repeat` builds a 24-byte slice
//! entry per copy first: `'x'.repeat(2 ** 29)` asked for 12 GB and aborted
//! the process. sous throws Node's errors instead: `RangeError: Invalid
//! string length` from the String builtins that can make a huge string
//! (wrapped here), and `ERR_STRING_TOO_LONG` where sous itself decodes
//! bytes into a string (Buffer `toString`, `fs.readFile` with an encoding).
//! Boa's `+` cannot be hooked: see tests/conformance/known-differences.txt.

use crate::natives::wrap_method;
use boa_engine::value::IntegerOrInfinity;
use boa_engine::{
    js_string, Context, JsError, JsNativeError, JsObject, JsResult, JsString, JsValue,
};

/// V8's `String::kMaxLength` on 64-bit hosts.
pub const MAX_LENGTH: usize = (1 << 29) - 24;

/// `RangeError: Invalid string length`, as the engine throws it.
pub fn invalid_length() -> JsError {
    JsNativeError::range()
        .with_message("Invalid string length")
        .into()
}

/// Node's `ERR_STRING_TOO_LONG`.
pub fn too_long(context: &mut Context) -> JsError {
    crate::stdlib::node_error(context, "ERR_STRING_TOO_LONG", &[])
}

/// [`too_long`] when `length` code units would pass [`MAX_LENGTH`].
pub fn check_decoded(context: &mut Context, length: usize) -> JsResult<()> {
    if length > MAX_LENGTH {
        return Err(too_long(context));
    }
    Ok(())
}

pub fn install(context: &mut Context) -> JsResult<()> {
    let string_prototype = context.intrinsics().constructors().string().prototype();
    wrap_method(context, &string_prototype, "repeat", repeat)?;
    wrap_method(context, &string_prototype, "padStart", pad)?;
    wrap_method(context, &string_prototype, "padEnd", pad)?;
    wrap_method(context, &string_prototype, "concat", concat)?;
    let array_prototype = context.intrinsics().constructors().array().prototype();
    wrap_method(context, &array_prototype, "join", join)
}

fn this_string(this: &JsValue, context: &mut Context) -> JsResult<JsString> {
    this.require_object_coercible()?.to_string(context)
}

/// `String.prototype.repeat`, built with one copy per repetition in one
/// buffer (Node's RangeError messages).
fn repeat(
    this: &JsValue,
    args: &[JsValue],
    _: &JsObject,
    context: &mut Context,
) -> JsResult<JsValue> {
    let string = this_string(this, context)?;
    let count = args.first().cloned().unwrap_or_default();
    let n = match count.to_integer_or_infinity(context)? {
        IntegerOrInfinity::Integer(n) if n >= 0 => n as u64,
        _ => {
            let shown = count.to_number(context)?;
            return Err(JsNativeError::range()
                .with_message(format!(
                    "Invalid count value: {}",
                    JsValue::from(shown).display()
                ))
                .into());
        }
    };
    if n == 0 || string.is_empty() {
        return Ok(js_string!().into());
    }
    if n.saturating_mul(string.len() as u64) > MAX_LENGTH as u64 {
        return Err(invalid_length());
    }
    let n = n as usize;
    let text = string.as_str();
    Ok(match text.as_latin1() {
        Some(bytes) => JsString::from(boa_engine::string::JsStr::latin1(&bytes.repeat(n))),
        None => JsString::from(&text.to_vec().repeat(n)[..]),
    }
    .into())
}

/// `padStart`/`padEnd`: Boa's, once the padded length is known to fit.
fn pad(
    this: &JsValue,
    args: &[JsValue],
    original: &JsObject,
    context: &mut Context,
) -> JsResult<JsValue> {
    let string = this_string(this, context)?;
    let max_length = args
        .first()
        .cloned()
        .unwrap_or_default()
        .to_length(context)?;
    let fill = match args.get(1) {
        None => JsValue::undefined(),
        Some(v) if v.is_undefined() => JsValue::undefined(),
        Some(v) => v.to_string(context)?.into(),
    };
    let fills = fill.as_string().is_none_or(|f| !f.is_empty());
    if fills && max_length > string.len() as u64 && max_length > MAX_LENGTH as u64 {
        return Err(invalid_length());
    }
    original.call(&string.into(), &[max_length.into(), fill], context)
}

/// `concat`: Boa's, once the total is known to fit.
fn concat(
    this: &JsValue,
    args: &[JsValue],
    original: &JsObject,
    context: &mut Context,
) -> JsResult<JsValue> {
    let string = this_string(this, context)?;
    let mut total = string.len();
    let mut parts = Vec::with_capacity(args.len());
    for arg in args {
        let part = arg.to_string(context)?;
        total = total.saturating_add(part.len());
        parts.push(JsValue::from(part));
    }
    if total > MAX_LENGTH {
        return Err(invalid_length());
    }
    original.call(&string.into(), &parts, context)
}

/// `Array.prototype.join`: Boa's, but a result over the limit throws.
fn join(
    this: &JsValue,
    args: &[JsValue],
    original: &JsObject,
    context: &mut Context,
) -> JsResult<JsValue> {
    let joined = original.call(this, args, context)?;
    if joined.as_string().is_some_and(|s| s.len() > MAX_LENGTH) {
        return Err(invalid_length());
    }
    Ok(joined)
}
