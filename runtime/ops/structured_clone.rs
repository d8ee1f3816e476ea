//! The native of `structuredClone` (stdlib-js/internal/structured_clone.js):
//! moving an ArrayBuffer named in `transfer`, which JavaScript on Boa cannot
//! do (Boa has no `ArrayBuffer.prototype.transfer`), and telling a detached
//! buffer from an empty one; web streams use both.

use super::{arg, NativeFn};
use boa_engine::object::builtins::JsArrayBuffer;
use boa_engine::{Context, JsNativeError, JsObject, JsResult, JsValue};

pub fn binding(context: &mut Context) -> JsResult<JsObject> {
    let functions: [(&str, NativeFn, usize); 2] =
        [("transfer", transfer, 1), ("isDetached", is_detached, 1)];
    Ok(super::binding_functions(context, &functions).build())
}

/// `isDetached(buffer)`: whether `buffer` gave its bytes away (a zero-length
/// buffer that was never transferred is not detached). Web streams need the
/// difference, and Boa has no `ArrayBuffer.prototype.detached`.
fn is_detached(_: &JsValue, args: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let detached = arg(args, 0)
        .as_object()
        .and_then(|o| JsArrayBuffer::from_object(o).ok())
        .is_some_and(|buffer| buffer.data().is_none());
    Ok(detached.into())
}

/// `transfer(buffer)`: a new ArrayBuffer that takes over `buffer`'s bytes,
/// leaving `buffer` detached (length 0).
fn transfer(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let buffer = arg(args, 0)
        .as_object()
        .and_then(|o| JsArrayBuffer::from_object(o).ok())
        .ok_or_else(|| JsNativeError::typ().with_message("not an ArrayBuffer"))?;
    let bytes = buffer.detach(&JsValue::undefined())?;
    Ok(JsArrayBuffer::from_byte_block(bytes, context)?.into())
}
