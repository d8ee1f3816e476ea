//! `zlib.crc32(data[, value])`: the CRC-32 zlib computes (and gzip stores),
//! continued from `value`, on zlib-rs's SIMD implementation.

use crate::ops::arg;
use crate::ops::buffer::{encode, with_bytes, Encoding};
use boa_engine::{Context, JsResult, JsValue};

/// `crc32(data, value)`: `data` a string (as UTF-8) or a Uint8Array, `value`
/// a uint32 zlib.js validated.
pub fn crc32(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let start = arg(args, 1).as_number().unwrap_or(0.0) as u32;
    let data = arg(args, 0);
    let sum = match data.as_string() {
        Some(s) => checksum(start, &encode(s.as_str(), Encoding::Utf8)),
        None => with_bytes(&data, context, |b| checksum(start, b))?,
    };
    Ok(sum.into())
}

fn checksum(start: u32, bytes: &[u8]) -> u32 {
    // SAFETY: the pointer and length describe `bytes`.
    unsafe { libz_rs_sys::crc32_z(start.into(), bytes.as_ptr(), bytes.len()) as u32 }
}
