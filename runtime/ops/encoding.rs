//! Natives of `TextEncoder` and `TextDecoder` (stdlib-js/internal/encoding.js):
//! `encoding_rs` holds every WHATWG encoding, its labels and its decoders,
//! which is what Node with full ICU supports.

use super::buffer::{utf8_of, with_bytes, with_bytes_mut};
use super::{arg, NativeFn};
use boa_engine::object::builtins::{JsArray, JsArrayBuffer, JsUint8Array};
use boa_engine::object::ObjectInitializer;
use boa_engine::{
    Context, Finalize, JsData, JsNativeError, JsObject, JsResult, JsString, JsValue, Trace,
};
use encoding_rs::{DecoderResult, Encoding};
use std::cell::RefCell;

pub fn binding(context: &mut Context) -> JsResult<JsObject> {
    let functions: [(&str, NativeFn, usize); 5] = [
        ("encodingName", encoding_name, 1),
        ("newDecoder", new_decoder, 2),
        ("decode", decode, 4),
        ("encodeUtf8", encode_utf8, 1),
        ("encodeInto", encode_into, 2),
    ];
    Ok(super::binding_functions(context, &functions).build())
}

/// A decoder between two `decode(..., {stream: true})` calls.
#[derive(Trace, Finalize, JsData)]
struct DecoderState {
    #[unsafe_ignore_trace]
    decoder: RefCell<encoding_rs::Decoder>,
}

/// The encoding a label names, as the standard (and `TextDecoder.encoding`)
/// names it (`replacement` for the labels a TextDecoder refuses); `undefined`
/// for an unknown label.
fn encoding_name(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let label = arg(args, 0).to_string(context)?.to_std_string_lossy();
    Ok(match Encoding::for_label(label.as_bytes()) {
        Some(encoding) => JsString::from(encoding.name().to_ascii_lowercase().as_str()).into(),
        None => JsValue::undefined(),
    })
}

/// `newDecoder(name, ignoreBOM)`: a fresh decoder for an encoding name from
/// `encodingName`; it removes a leading byte order mark unless `ignoreBOM`.
fn new_decoder(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let name = arg(args, 0).to_string(context)?.to_std_string_lossy();
    let encoding = Encoding::for_label_no_replacement(name.as_bytes())
        .ok_or_else(|| JsNativeError::range().with_message("unknown encoding"))?;
    let decoder = match arg(args, 1).to_boolean() {
        true => encoding.new_decoder_without_bom_handling(),
        false => encoding.new_decoder_with_bom_removal(),
    };
    let state = DecoderState {
        decoder: RefCell::new(decoder),
    };
    Ok(ObjectInitializer::with_native_data(state, context)
        .build()
        .into())
}

/// `decode(decoder, bytes, last, fatal)`: the text of `bytes` (a typed
/// array), keeping an incomplete sequence for the next call unless `last`.
/// With `fatal`, malformed input gives `undefined` (the caller throws).
fn decode(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let state = arg(args, 0)
        .as_object()
        .filter(|o| o.is::<DecoderState>())
        .ok_or_else(|| JsNativeError::typ().with_message("not a decoder"))?;
    let last = arg(args, 2).to_boolean();
    let fatal = arg(args, 3).to_boolean();
    let Some(state) = state.downcast_ref::<DecoderState>() else {
        return Err(JsNativeError::typ().with_message("not a decoder").into());
    };
    let mut decoder = state.decoder.borrow_mut();
    let units = with_bytes(&arg(args, 1), context, |bytes| {
        let capacity = decoder
            .max_utf16_buffer_length(bytes.len())
            .unwrap_or(bytes.len() * 2 + 4);
        let mut out = vec![0u16; capacity];
        if fatal {
            let (result, _, written) =
                decoder.decode_to_utf16_without_replacement(bytes, &mut out, last);
            match result {
                DecoderResult::Malformed(..) => None,
                _ => Some((out, written)),
            }
        } else {
            let (_, _, written, _) = decoder.decode_to_utf16(bytes, &mut out, last);
            Some((out, written))
        }
    })?;
    drop(decoder);
    Ok(match units {
        Some((out, written)) => {
            crate::guards::strings::check_decoded(context, written)?;
            JsString::from(&out[..written]).into()
        }
        None => JsValue::undefined(),
    })
}

/// `encodeUtf8(string)`: a Uint8Array of its UTF-8 (lone surrogates as U+FFFD).
fn encode_utf8(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let s = arg(args, 0).to_string(context)?;
    let bytes = utf8_of(s.as_str());
    let aligned = boa_engine::object::builtins::AlignedVec::from_slice(0, &bytes);
    let buffer = JsArrayBuffer::from_byte_block(aligned, context)?;
    Ok(JsUint8Array::from_array_buffer(buffer, context)?.into())
}

/// `encodeInto(string, uint8array)`: writes as many whole characters as fit
/// and returns `[read (UTF-16 units), written (bytes)]`.
fn encode_into(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let s = arg(args, 0).to_string(context)?;
    let units: Vec<u16> = s.iter().collect();
    let (read, written) = with_bytes_mut(&arg(args, 1), context, |dest| {
        let (mut read, mut written) = (0usize, 0usize);
        for c in char::decode_utf16(units.iter().copied()) {
            let (c, length) = match c {
                Ok(c) => (c, c.len_utf16()),
                Err(_) => (char::REPLACEMENT_CHARACTER, 1),
            };
            let size = c.len_utf8();
            if written + size > dest.len() {
                break;
            }
            c.encode_utf8(&mut dest[written..written + size]);
            written += size;
            read += length;
        }
        (read, written)
    })?;
    let pair = [JsValue::from(read as f64), JsValue::from(written as f64)];
    Ok(JsArray::from_iter(pair, context).into())
}
