//! Natives behind `node:zlib` (`stdlib-js/zlib.js`, `stdlib-js/internal/zlib/`):
//! a compression context per stream (`deflate.rs` for the zlib family on
//! zlib-rs, `brotli.rs` for Brotli), stepped one write at a time as Node's
//! binding steps zlib, and `crc32` (`crc32.rs`).
//!
//! A write fills one output buffer of the length JavaScript asks for and
//! answers `(error, output, availOutAfter, availInAfter)`, as Node's
//! `_writeState` does; the stream loops on it. Without a callback it runs
//! now; with one, the context moves to a pool worker for the write and comes
//! back with the result (a context closed meanwhile is dropped then).

mod brotli;
mod crc32;
mod deflate;

use super::buffer::{new_buffer, with_bytes};
use super::{arg, NativeFn};
use crate::host::Host;
use crate::kitchen;
use crate::kitchen::pool::Deliver;
use boa_engine::object::builtins::{AlignedVec, JsArray};
use boa_engine::{
    js_string, Context, Finalize, JsData, JsNativeError, JsObject, JsResult, JsValue, Trace,
};
use std::cell::{Cell, RefCell};

pub fn binding(context: &mut Context) -> JsResult<JsObject> {
    let functions: [(&str, NativeFn, usize); 7] = [
        ("zlibNew", zlib_new, 6),
        ("brotliNew", brotli_new, 3),
        ("write", write, 7),
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
    /// `deflateParams`; Brotli has no such call (Node's binding ignores it).
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

/// `brotliNew(encode, [key, value, ...], dictionary)`: a handle, or
/// `[message, errno, code]` when a parameter is refused.
fn brotli_new(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let encode = arg(args, 0).to_boolean();
    let mut params = Vec::new();
    if let Some(list) = arg(args, 1).as_object() {
        let list = JsArray::from_object(list)?;
        let len = list.length(context)?;
        let mut i = 0;
        while i + 1 < len {
            let key = list.get(i, context)?.to_u32(context)?;
            let value = list.get(i + 1, context)?.to_u32(context)?;
            params.push((key, value));
            i += 2;
        }
    }
    let dictionary = bytes_or_empty(args, 2, context)?;
    let made = if encode {
        brotli::Encoder::new(params, dictionary).map(|c| Box::new(c) as Box<dyn Codec>)
    } else {
        brotli::Decoder::new(&params, dictionary).map(|c| Box::new(c) as Box<dyn Codec>)
    };
    Ok(new_handle(made, context))
}

/// One write's outcome as plain data, until it reaches the main thread.
struct Written {
    /// The codec, until it goes back into its handle.
    codec: Option<Box<dyn Codec>>,
    /// The chunk of a pool write, back for its next step.
    input: Vec<u8>,
    out: AlignedVec<u8>,
    result: Result<Step, CodecError>,
}

impl Written {
    /// `[error, output, availOutAfter, availInAfter]`.
    fn into_js(self, context: &mut Context) -> JsResult<JsValue> {
        let parts = match self.result {
            Err(e) => vec![e.to_js(context)],
            Ok(step) => {
                let mut out = self.out;
                out.truncate(out.len() - step.avail_out);
                vec![
                    JsValue::null(),
                    new_buffer(out, context)?,
                    step.avail_out.into(),
                    step.avail_in.into(),
                ]
            }
        };
        Ok(JsArray::from_iter(parts, context).into())
    }

    /// Whether the chunk has input left for another step.
    fn input_left(&self) -> bool {
        matches!(&self.result, Ok(step) if step.avail_in > 0)
    }
}

/// The part of a write's input a step reads.
#[derive(Clone, Copy)]
struct Range {
    offset: usize,
    len: usize,
}

impl Range {
    fn of(self, bytes: &[u8]) -> &[u8] {
        bytes
            .get(self.offset..self.offset.saturating_add(self.len))
            .unwrap_or(&[])
    }
}

/// Runs one step of `codec` on `range` of `input`, into a new buffer of `out_len`.
fn run_write(
    mut codec: Box<dyn Codec>,
    flush: i32,
    input: &[u8],
    range: Range,
    out_len: usize,
) -> (Box<dyn Codec>, AlignedVec<u8>, Result<Step, CodecError>) {
    let mut out = AlignedVec::<u8>::with_capacity(0, out_len);
    out.resize(out_len, 0);
    let result = codec.write(flush, range.of(input), out.as_mut_slice());
    (codec, out, result)
}

impl Deliver for Written {
    /// `handler` is `[handle, callback]`: the codec goes back into its
    /// handle (or is dropped if the handle was closed meanwhile), then the
    /// callback gets the result.
    fn deliver(self: Box<Self>, handler: JsValue, context: &mut Context) -> JsResult<()> {
        let Some(pair) = handler.as_object() else {
            return Ok(());
        };
        let handle = pair.get(0, context)?;
        let callback = pair.get(1, context)?;
        let mut written = *self;
        if let Some(h) = handle.as_object() {
            if let Some(h) = h.downcast_ref::<Handle>() {
                h.busy.set(false);
                if !h.closed.get() {
                    *h.codec.borrow_mut() = written.codec.take();
                    if written.input_left() {
                        *h.kept_input.borrow_mut() = std::mem::take(&mut written.input);
                    }
                }
            }
        }
        let result = written.into_js(context)?;
        if let Some(f) = callback.as_callable() {
            f.call(&handle, &[result], context)?;
        }
        Ok(())
    }
}

fn busy_error() -> JsResult<JsValue> {
    Err(JsNativeError::error()
        .with_message("zlib binding busy or closed")
        .into())
}

/// `write(handle, flush, input, inOff, inLen, outLen, callback)`: one step
/// reading `inLen` bytes of `input` from `inOff`. Without a callback it runs
/// now and returns `[error, output, availOut, availIn]`; with one, it runs
/// on the pool and the callback (`this` = handle) gets that array. A pool
/// write's later steps pass `null` as `input`: they go on in the copy of
/// the chunk the first step made.
fn write(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let handle = handle_of(&arg(args, 0))?;
    let flush = int_arg(args, 1);
    let input = arg(args, 2);
    let range = Range {
        offset: arg(args, 3).as_number().unwrap_or(0.0) as usize,
        len: arg(args, 4).as_number().unwrap_or(0.0) as usize,
    };
    let out_len = arg(args, 5).as_number().unwrap_or(0.0) as usize;
    let callback = arg(args, 6);
    let Some(h) = handle.downcast_ref::<Handle>() else {
        return busy_error();
    };
    if h.busy.get() {
        return busy_error();
    }
    let Some(codec) = h.codec.borrow_mut().take() else {
        return busy_error();
    };
    let kept = std::mem::take(&mut *h.kept_input.borrow_mut());
    drop(h);
    if !callback.is_callable() {
        let (codec, out, result) = if input.is_object() {
            with_bytes(&input, context, |b| {
                run_write(codec, flush, b, range, out_len)
            })?
        } else {
            run_write(codec, flush, &kept, range, out_len)
        };
        if let Some(h) = handle.downcast_ref::<Handle>() {
            *h.codec.borrow_mut() = Some(codec);
        }
        let written = Written {
            codec: None,
            input: Vec::new(),
            out,
            result,
        };
        return written.into_js(context);
    }
    let input = if input.is_object() {
        with_bytes(&input, context, <[u8]>::to_vec)?
    } else {
        kept
    };
    if let Some(h) = handle.downcast_ref::<Handle>() {
        h.busy.set(true);
    }
    let pair = JsArray::from_iter([handle.into(), callback], context);
    let host = Host::get(context);
    kitchen::submit(
        &host.kitchen,
        "zlib",
        "",
        pair.into(),
        Box::new(move || {
            let (codec, out, result) = run_write(codec, flush, &input, range, out_len);
            Box::new(Written {
                codec: Some(codec),
                input,
                out,
                result,
            }) as Box<dyn Deliver>
        }),
    )?;
    Ok(JsValue::undefined())
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
