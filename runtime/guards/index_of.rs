//! `String.prototype.indexOf` and `includes` in time proportional to what
//! they search.
//!
//! Boa 0.22 starts every search at the string's beginning: it skips
//! `position` windows one by one (`windows(n).skip(position)`), so a parser
//! that walks a string with `indexOf(x, position)` takes quadratic time (40,000
//! lines of a 2 MB string: 15 s), and `includes` is built on it. This
//! searches from `position` directly, on the string's own code units, with
//! the spec's steps otherwise.

use crate::natives::wrap_method;
use boa_engine::string::JsStrVariant;
use boa_engine::{Context, JsObject, JsResult, JsValue};

pub fn install(context: &mut Context) -> JsResult<()> {
    let string_prototype = context.intrinsics().constructors().string().prototype();
    wrap_method(context, &string_prototype, "indexOf", index_of)?;
    wrap_method(context, &string_prototype, "includes", includes)
}

/// `includes`: a search that is an object goes to the engine's own (which
/// refuses a RegExp with its TypeError); a primitive one is searched here.
fn includes(
    this: &JsValue,
    args: &[JsValue],
    original: &JsObject,
    context: &mut Context,
) -> JsResult<JsValue> {
    if args.first().is_some_and(JsValue::is_object) {
        return original.call(this, args, context);
    }
    let found = search(this, args, context)?;
    Ok(JsValue::from(found.is_some()))
}

fn index_of(
    this: &JsValue,
    args: &[JsValue],
    _: &JsObject,
    context: &mut Context,
) -> JsResult<JsValue> {
    let found = search(this, args, context)?;
    Ok(found.map_or(JsValue::from(-1), |i| JsValue::from(i as f64)))
}

/// Where `args[0]` is first found in `this` from `args[1]`, as `indexOf`'s
/// steps find it.
fn search(this: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<Option<usize>> {
    // 1-4: the strings, then the position (ToIntegerOrInfinity), clamped.
    let string = this.require_object_coercible()?.to_string(context)?;
    let search = args
        .first()
        .cloned()
        .unwrap_or_default()
        .to_string(context)?;
    let position = args
        .get(1)
        .cloned()
        .unwrap_or_default()
        .to_number(context)?;
    let len = string.len();
    let start = if position.is_nan() || position <= 0.0 {
        0
    } else if position >= len as f64 {
        len
    } else {
        position as usize
    };
    let needle: Vec<u16> = search.iter().collect();
    Ok(match string.as_str().variant() {
        JsStrVariant::Latin1(units) => find(units, &needle, start),
        JsStrVariant::Utf16(units) => find(units, &needle, start),
    })
}

/// The first `i >= start` where `needle` is found in `haystack`.
fn find<T: Copy + Into<u16>>(haystack: &[T], needle: &[u16], start: usize) -> Option<usize> {
    if needle.is_empty() {
        return Some(start);
    }
    let last = haystack.len().checked_sub(needle.len())?;
    (start..=last).find(|&i| {
        haystack[i..i + needle.len()]
            .iter()
            .zip(needle)
            .all(|(&h, &n)| h.into() == n)
    })
}
