//! The native of `structuredClone` (stdlib-js/internal/structured_clone.js):
//! moving an ArrayBuffer named in `transfer`, which JavaScript on Boa cannot
//! do (Boa has no `ArrayBuffer.prototype.transfer`).

use super::{arg, NativeFn};
use boa_engine::object::builtins::JsArrayBuffer;
use boa_engine::{Context, JsNativeError, JsObject, JsResult, JsValue};

pub fn binding(context: &mut Context) -> JsResult<JsObject> {
    let functions: [(&str, NativeFn, usize); 1] = [("transfer", transfer, 1)];
    Ok(super::binding_functions(context, &functions).build())
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
