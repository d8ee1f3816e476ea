//! The OS's random bytes: `randomFillSync`/`randomFill`, `randomBytes`,
//! `randomUUID`, `getRandomValues` (and `randomInt`, which crypto.js builds
//! on a cache of these bytes).

use super::{size_arg, submit};
use crate::ops::arg;
use crate::ops::buffer::with_bytes_mut;
use boa_engine::{js_string, Context, JsNativeError, JsResult, JsValue};

/// Fills `bytes` from the OS; its failure (no entropy source) as Node words it.
fn fill(bytes: &mut [u8]) -> Result<(), String> {
    getrandom::fill(bytes).map_err(|e| format!("Random bytes unavailable: {e}"))
}

/// `randomFill(view)`: fills a Uint8Array in place.
pub fn random_fill(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let filled = with_bytes_mut(&arg(args, 0), context, fill)?;
    filled.map_err(|m| JsNativeError::error().with_message(m))?;
    Ok(JsValue::undefined())
}

/// `randomBytes(size, callback)`: `size` random bytes for `callback(err,
/// buffer)`, made on the pool (crypto.js copies them for `randomFill`).
pub fn random_bytes(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let size = size_arg(args, 0);
    submit(context, "crypto.randomBytes", arg(args, 1), move || {
        let mut bytes = vec![0; size];
        fill(&mut bytes)?;
        Ok(bytes)
    })
}

/// `randomUUID()`: a version 4 UUID (RFC 9562), lower-case.
pub fn random_uuid(_: &JsValue, _: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let mut b = [0u8; 16];
    fill(&mut b).map_err(|m| JsNativeError::error().with_message(m))?;
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    let h = hex::encode(b);
    let uuid = format!(
        "{}-{}-{}-{}-{}",
        &h[0..8],
        &h[8..12],
        &h[12..16],
        &h[16..20],
        &h[20..32]
    );
    Ok(js_string!(uuid).into())
}
