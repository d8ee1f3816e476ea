//! One step of a write: the codec runs once on the input left, into one
//! output buffer. Now (the `*Sync` forms and sync stream writes), or on a
//! pool worker, the codec travelling there and back with the chunk.

use super::{busy_error, handle_of, int_arg, Codec, CodecError, Handle, Step};
use crate::host::Host;
use crate::kitchen;
use crate::kitchen::pool::Deliver;
use crate::ops::arg;
use crate::ops::buffer::{new_buffer, with_bytes};
use boa_engine::object::builtins::{AlignedVec, JsArray};
use boa_engine::{Context, JsResult, JsValue};

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
                out.truncate(out.len().saturating_sub(step.avail_out));
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

/// `write(handle, flush, input, inOff, inLen, outLen, callback)`: one step
/// reading `inLen` bytes of `input` from `inOff`. Without a callback it runs
/// now and returns `[error, output, availOut, availIn]`; with one, it runs
/// on the pool and the callback (`this` = handle) gets that array. A pool
/// write's later steps pass `null` as `input`: they go on in the copy of
/// the chunk the first step made.
pub(super) fn write(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
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
