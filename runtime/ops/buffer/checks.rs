//! `buffer.isAscii` and `buffer.isUtf8`: what a run of bytes is. A detached
//! buffer views no bytes, so it is both (as in Node).

use super::with_bytes;
use boa_engine::{Context, JsResult, JsValue};

pub fn is_ascii(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let value = super::arg(args, 0);
    Ok(with_bytes(&value, context, |b| b.is_ascii())?.into())
}

pub fn is_utf8(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let value = super::arg(args, 0);
    Ok(with_bytes(&value, context, |b| std::str::from_utf8(b).is_ok())?.into())
}
