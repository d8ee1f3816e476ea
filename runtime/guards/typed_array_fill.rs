//! `%TypedArray%.prototype.fill` on byte arrays in time proportional to the
//! bytes, not to Boa's element-by-element stores.
//!
//! Boa 0.22 fills a typed array one element at a time through its generic
//! setter (8 MiB took a second), which made filling a large `Uint8Array` the
//! cost of whole programs. For a `Uint8Array`, `Int8Array` or
//! `Uint8ClampedArray` filled with a number, between positions given as
//! numbers (or left out), this writes the bytes directly with the spec's
//! conversions; anything else (other element types, objects whose
//! conversion could run code, shared or detached buffers) goes to the
//! engine's own.

use crate::natives::wrap_method;
use boa_engine::object::builtins::{
    JsArrayBuffer, JsInt8Array, JsTypedArray, JsUint8Array, JsUint8ClampedArray,
};
use boa_engine::{Context, JsObject, JsResult, JsValue};

pub fn install(context: &mut Context) -> JsResult<()> {
    let typed_array_prototype = context
        .intrinsics()
        .constructors()
        .typed_array()
        .prototype();
    wrap_method(context, &typed_array_prototype, "fill", fill)
}

fn fill(
    this: &JsValue,
    args: &[JsValue],
    original: &JsObject,
    context: &mut Context,
) -> JsResult<JsValue> {
    match fast_fill(this, args, context)? {
        true => Ok(this.clone()),
        false => original.call(this, args, context),
    }
}

/// Fills and says true when the fast path applies; false leaves everything
/// to the engine.
fn fast_fill(this: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<bool> {
    let Some(object) = this.as_object() else {
        return Ok(false);
    };
    let Some(value) = args.first().and_then(JsValue::as_number) else {
        return Ok(false);
    };
    let byte = if JsUint8Array::from_object(object.clone()).is_ok()
        || JsInt8Array::from_object(object.clone()).is_ok()
    {
        to_uint8(value)
    } else if JsUint8ClampedArray::from_object(object.clone()).is_ok() {
        to_uint8_clamp(value)
    } else {
        return Ok(false);
    };
    let Ok(array) = JsTypedArray::from_object(object.clone()) else {
        return Ok(false);
    };
    let length = array.length(context)?;
    let (Some(start), Some(end)) = (
        position(args.get(1), 0, length),
        position(args.get(2), length, length),
    ) else {
        return Ok(false);
    };
    let offset = array.byte_offset(context)?;
    let Some(buffer) = array
        .buffer(context)?
        .as_object()
        .and_then(|b| JsArrayBuffer::from_object(b).ok())
    else {
        return Ok(false);
    };
    let mut data = buffer.data_mut();
    let Some(bytes) = data
        .as_deref_mut()
        .and_then(|d| d.get_mut(offset + start..offset + end.max(start)))
    else {
        return Ok(false);
    };
    bytes.fill(byte);
    Ok(true)
}

/// A relative index (ToIntegerOrInfinity, negative from the end, clamped);
/// `None` for an argument that is neither a number nor undefined.
fn position(arg: Option<&JsValue>, default: usize, length: usize) -> Option<usize> {
    let n = match arg {
        None => return Some(default),
        Some(v) if v.is_undefined() => return Some(default),
        Some(v) => v.as_number()?,
    };
    let n = if n.is_nan() { 0.0 } else { n.trunc() };
    let length = length as f64;
    let at = if n < 0.0 {
        (length + n).max(0.0)
    } else {
        n.min(length)
    };
    Some(at as usize)
}

/// ToUint8 (also Int8's bit pattern): modulo 2^8 of the truncated number.
fn to_uint8(n: f64) -> u8 {
    if !n.is_finite() {
        return 0;
    }
    n.trunc().rem_euclid(256.0) as u8
}

/// ToUint8Clamp: clamped to 0..=255, halves rounded to even.
fn to_uint8_clamp(n: f64) -> u8 {
    if n.is_nan() || n <= 0.0 {
        return 0;
    }
    if n >= 255.0 {
        return 255;
    }
    let floor = n.floor();
    let half = floor + 0.5;
    let rounded = if n < half {
        floor
    } else if n > half || floor % 2.0 == 1.0 {
        floor + 1.0
    } else {
        floor
    };
    rounded as u8
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conversions_follow_the_spec() {
        assert_eq!(to_uint8(257.9), 1);
        assert_eq!(to_uint8(-1.0), 255);
        assert_eq!(to_uint8(f64::INFINITY), 0);
        assert_eq!(to_uint8_clamp(2.5), 2);
        assert_eq!(to_uint8_clamp(3.5), 4);
        assert_eq!(to_uint8_clamp(300.0), 255);
        assert_eq!(to_uint8_clamp(-3.0), 0);
        assert_eq!(position(Some(&JsValue::from(-2)), 0, 10), Some(8));
        assert_eq!(position(Some(&JsValue::from(20)), 0, 10), Some(10));
    }
}
