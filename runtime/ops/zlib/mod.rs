//! Natives behind `node:zlib` (`stdlib-js/zlib.js`, `stdlib-js/internal/zlib/`):
//! a compression context per stream (`deflate.rs` for the zlib family on
//! zlib-rs, `brotli.rs` for Brotli, `zstd.rs` for Zstandard), stepped one
//! write at a time as Node's binding steps them (`write.rs`), and `crc32`
//! (`crc32.rs`).
//!
//! A write fills one output buffer of the length JavaScript asks for and
//! answers `(error, output, availOutAfter, availInAfter)`, as Node's
//! `_writeState` does; the stream loops on it. Without a callback it runs
//! now; with one, the context moves to a pool worker for the write and comes
//! back with the result (a context closed meanwhile is dropped then).

mod brotli;
mod crc32;
mod deflate;
mod write;
mod zstd;

use super::buffer::with_bytes;
use super::{arg, NativeFn};
use boa_engine::object::builtins::JsArray;
use boa_engine::{
    js_string, Context, Finalize, JsData, JsNativeError, JsObject, JsResult, JsValue, Trace,
};
use std::cell::{Cell, RefCell};

pub fn binding(context: &mut Context) -> JsResult<JsObject> {
    let functions: [(&str, NativeFn, usize); 8] = [
        ("zlibNew", zlib_new, 6),
        ("brotliNew", brotli_new, 3),
        ("zstdNew", zstd_new, 4),
        ("write", write::write, 7),
        ("params", params, 3),
        ("reset", reset, 1),
        ("close", close, 1),
        ("crc32", crc32::crc32, 2),
    ];
    Ok(super::binding_functions(context, &functions).build())
}

/// How far one write got: the output room and input left (Node's `_writeState`).
pub struct Step {
    pub avail_out: usize,
    pub avail_in: usize,
}

/// A failure as Node reports it: `message`, `errno` and `code`.
#[derive(Clone, Debug)]
pub struct CodecError {
    pub message: String,
    pub errno: i32,
    pub code: String,
}

impl CodecError {
    /// `[message, errno, code]`, from which zlib.js makes Node's error.
    fn to_js(&self, context: &mut Context) -> JsValue {
        let parts = [
            js_string!(self.message.as_str()).into(),
            self.errno.into(),
            js_string!(self.code.as_str()).into(),
        ];
        JsArray::from_iter(parts, context).into()
    }
}

/// A compression or decompression context.
pub trait Codec: Send {
    /// Runs the codec once on `input` with `flush`, writing into `out`.
    fn write(&mut self, flush: i32, input: &[u8], out: &mut [u8]) -> Result<Step, CodecError>;
    /// `deflateParams`; Brotli and zstd have no such call (Node ignores it).
    fn params(&mut self, _level: i32, _strategy: i32) -> Result<(), CodecError> {
        Ok(())
    }
    /// Starts a new stream with the same options.
    fn reset(&mut self) -> Result<(), CodecError>;
}

/// The JavaScript handle of a context. `codec` is `None` while a pool
/// worker has it, and after `close`.
#[derive(Trace, Finalize, JsData)]
struct Handle {
    #[unsafe_ignore_trace]
    codec: RefCell<Option<Box<dyn Codec>>>,
    /// A copy of the chunk a pool write is working through, kept between
    /// its steps (each step takes the input left from an offset in it).
    #[unsafe_ignore_trace]
    kept_input: RefCell<Vec<u8>>,
    #[unsafe_ignore_trace]
    busy: Cell<bool>,
    #[unsafe_ignore_trace]
    closed: Cell<bool>,
}

/// The zlib handle `value` is (a TypeError for anything else).
fn handle_of(value: &JsValue) -> JsResult<JsObject> {
    value
        .as_object()
        .filter(|o| o.downcast_ref::<Handle>().is_some())
        .ok_or_else(|| {
            JsNativeError::typ()
                .with_message("not a zlib handle")
                .into()
        })
}

/// A handle for a context just made, or the error that refused it.
fn new_handle(made: Result<Box<dyn Codec>, CodecError>, context: &mut Context) -> JsValue {
    match made {
        Ok(codec) => JsObject::from_proto_and_data(
            None,
            Handle {
                codec: RefCell::new(Some(codec)),
                kept_input: RefCell::new(Vec::new()),
                busy: Cell::new(false),
                closed: Cell::new(false),
            },
        )
        .into(),
        Err(e) => e.to_js(context),
    }
}

/// `args[i]` as an i32 (zlib.js validated it), 0 if absent.
fn int_arg(args: &[JsValue], i: usize) -> i32 {
    args.get(i)
        .and_then(JsValue::as_number)
        .map_or(0, |n| n as i32)
}

/// The bytes of an optional Uint8Array argument (zlib.js made any view one).
fn bytes_or_empty(args: &[JsValue], i: usize, context: &mut Context) -> JsResult<Vec<u8>> {
    let value = arg(args, i);
    if value.is_undefined() || value.is_null() {
        return Ok(Vec::new());
    }
    with_bytes(&value, context, <[u8]>::to_vec)
}

/// `zlibNew(mode, windowBits, level, memLevel, strategy, dictionary)`: a
/// handle, or `[message, errno, code]` when zlib refuses the options.
fn zlib_new(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let dictionary = bytes_or_empty(args, 5, context)?;
    let made = deflate::Zlib::new(
        int_arg(args, 0),
        int_arg(args, 1),
        int_arg(args, 2),
        int_arg(args, 3),
        int_arg(args, 4),
        dictionary,
    )
    .map(|z| Box::new(z) as Box<dyn Codec>);
    Ok(new_handle(made, context))
}

/// `[key, value, ...]` of `args[i]` as pairs (zlib.js made them integers).
fn pairs_arg(args: &[JsValue], i: usize, context: &mut Context) -> JsResult<Vec<(i32, i32)>> {
    let mut pairs = Vec::new();
    if let Some(list) = arg(args, i).as_object() {
        let list = JsArray::from_object(list)?;
        let len = list.length(context)?;
        let mut k = 0;
        while k + 1 < len {
            let key = list.get(k, context)?.to_i32(context)?;
            let value = list.get(k + 1, context)?.to_i32(context)?;
            pairs.push((key, value));
            k += 2;
        }
    }
    Ok(pairs)
}

/// `brotliNew(encode, [key, value, ...], dictionary)`: a handle, or
/// `[message, errno, code]` when a parameter is refused.
fn brotli_new(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let encode = arg(args, 0).to_boolean();
    // Brotli's parameters are unsigned (Node's Uint32Array).
    let params: Vec<(u32, u32)> = pairs_arg(args, 1, context)?
        .into_iter()
        .map(|(k, v)| (k as u32, v as u32))
        .collect();
    let dictionary = bytes_or_empty(args, 2, context)?;
    let made = if encode {
        brotli::Encoder::new(params, dictionary).map(|c| Box::new(c) as Box<dyn Codec>)
    } else {
        brotli::Decoder::new(&params, dictionary).map(|c| Box::new(c) as Box<dyn Codec>)
    };
    Ok(new_handle(made, context))
}

/// `zstdNew(compress, [key, value, ...], pledgedSrcSize, dictionary)`: a
/// handle, or `[message, errno, code]` when a setting is refused.
fn zstd_new(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let compress = arg(args, 0).to_boolean();
    let params = pairs_arg(args, 1, context)?;
    let pledged = arg(args, 2).as_number().map(|n| n as u64);
    let dictionary = bytes_or_empty(args, 3, context)?;
    let made = if compress {
        zstd::Compressor::new(&params, pledged, &dictionary).map(|c| Box::new(c) as Box<dyn Codec>)
    } else {
        zstd::Decompressor::new(&params, &dictionary).map(|c| Box::new(c) as Box<dyn Codec>)
    };
    Ok(new_handle(made, context))
}

/// A write, `params` or `reset` while the context is on the pool or closed
/// (zlib.js never makes one; Node asserts there).
fn busy_error() -> JsResult<JsValue> {
    Err(JsNativeError::error()
        .with_message("zlib binding busy or closed")
        .into())
}

/// Runs `f` on the handle's codec when it is home: `[message, errno, code]`
/// on failure, else `undefined`.
fn with_codec(
    args: &[JsValue],
    context: &mut Context,
    f: impl FnOnce(&mut dyn Codec) -> Result<(), CodecError>,
) -> JsResult<JsValue> {
    let handle = handle_of(&arg(args, 0))?;
    let outcome = {
        let Some(h) = handle.downcast_ref::<Handle>() else {
            return busy_error();
        };
        let mut codec = h.codec.borrow_mut();
        match codec.as_mut() {
            Some(c) if !h.busy.get() => f(c.as_mut()),
            _ => return busy_error(),
        }
    };
    Ok(match outcome {
        Ok(()) => JsValue::undefined(),
        Err(e) => e.to_js(context),
    })
}

/// `params(handle, level, strategy)`.
fn params(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let (level, strategy) = (int_arg(args, 1), int_arg(args, 2));
    with_codec(args, context, |c| c.params(level, strategy))
}

/// `reset(handle)`.
fn reset(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    with_codec(args, context, |c| c.reset())
}

/// `close(handle)`: frees the context now, or when its write comes back.
fn close(_: &JsValue, args: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let handle = handle_of(&arg(args, 0))?;
    if let Some(h) = handle.downcast_ref::<Handle>() {
        h.closed.set(true);
        h.codec.borrow_mut().take();
    }
    Ok(JsValue::undefined())
}
