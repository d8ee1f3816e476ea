//! Brotli on Dropbox's pure-Rust port, stepped as Node's `BrotliEncoderContext`
//! and `BrotliDecoderContext` step the C library: one streaming call per
//! write, Node's parameters by number, and Node's errors.

use super::{Codec, CodecError, Step};
use brotli::enc::encode::{
    BrotliEncoderOperation, BrotliEncoderParameter, BrotliEncoderStateStruct,
};
use brotli::enc::interface;
use brotli::enc::StandardAlloc;
use brotli::{BrotliResult, BrotliState, HeapAlloc, HuffmanCode};

type DecoderState = BrotliState<HeapAlloc<u8>, HeapAlloc<u32>, HeapAlloc<HuffmanCode>>;

/// A compressor: the parameters it was made with are kept for `reset()`.
pub struct Encoder {
    state: Box<BrotliEncoderStateStruct<StandardAlloc>>,
    params: Vec<(u32, u32)>,
    dictionary: Vec<u8>,
    failed: bool,
}

fn init_error() -> CodecError {
    CodecError {
        message: "Initialization failed".into(),
        errno: -1,
        code: "ERR_ZLIB_INITIALIZATION_FAILED".into(),
    }
}

impl Encoder {
    /// `params` are `(BROTLI_PARAM_*, value)` pairs; an unknown one fails.
    pub fn new(params: Vec<(u32, u32)>, dictionary: Vec<u8>) -> Result<Encoder, CodecError> {
        let mut state = Box::new(BrotliEncoderStateStruct::new(StandardAlloc::default()));
        for &(key, value) in &params {
            let param = match key {
                0 => BrotliEncoderParameter::BROTLI_PARAM_MODE,
                1 => BrotliEncoderParameter::BROTLI_PARAM_QUALITY,
                2 => BrotliEncoderParameter::BROTLI_PARAM_LGWIN,
                3 => BrotliEncoderParameter::BROTLI_PARAM_LGBLOCK,
                4 => BrotliEncoderParameter::BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING,
                5 => BrotliEncoderParameter::BROTLI_PARAM_SIZE_HINT,
                6 => BrotliEncoderParameter::BROTLI_PARAM_LARGE_WINDOW,
                // NPOSTFIX and NDIRECT have no setter in the port; they are
                // read from these fields as the C encoder reads them.
                7 => {
                    state.params.dist.distance_postfix_bits = value;
                    continue;
                }
                8 => {
                    state.params.dist.num_direct_distance_codes = value;
                    continue;
                }
                _ => return Err(setting_failed()),
            };
            if !state.set_parameter(param, value) {
                return Err(setting_failed());
            }
        }
        if !dictionary.is_empty() {
            state.set_custom_dictionary(dictionary.len(), &dictionary);
        }
        Ok(Encoder {
            state,
            params,
            dictionary,
            failed: false,
        })
    }
}

fn setting_failed() -> CodecError {
    CodecError {
        message: "Setting parameter failed".into(),
        errno: -1,
        code: "ERR_BROTLI_PARAM_SET_FAILED".into(),
    }
}

impl Codec for Encoder {
    fn write(&mut self, flush: i32, input: &[u8], out: &mut [u8]) -> Result<Step, CodecError> {
        let op = match flush {
            1 => BrotliEncoderOperation::BROTLI_OPERATION_FLUSH,
            2 => BrotliEncoderOperation::BROTLI_OPERATION_FINISH,
            3 => BrotliEncoderOperation::BROTLI_OPERATION_EMIT_METADATA,
            _ => BrotliEncoderOperation::BROTLI_OPERATION_PROCESS,
        };
        let (mut avail_in, mut in_offset) = (input.len(), 0);
        let (mut avail_out, mut out_offset) = (out.len(), 0);
        let mut nop =
            |_: &mut interface::PredictionModeContextMap<interface::InputReferenceMut>,
             _: &mut [interface::StaticCommand],
             _: interface::InputPair,
             _: &mut StandardAlloc| ();
        let ok = !self.failed
            && self.state.compress_stream(
                op,
                &mut avail_in,
                input,
                &mut in_offset,
                &mut avail_out,
                out,
                &mut out_offset,
                &mut None,
                &mut nop,
            );
        if !ok {
            self.failed = true;
            return Err(CodecError {
                message: "Compression failed".into(),
                errno: -1,
                code: "ERR_BROTLI_COMPRESSION_FAILED".into(),
            });
        }
        Ok(Step {
            avail_out,
            avail_in,
        })
    }

    fn reset(&mut self) -> Result<(), CodecError> {
        *self = Encoder::new(
            std::mem::take(&mut self.params),
            std::mem::take(&mut self.dictionary),
        )
        .map_err(|_| init_error())?;
        Ok(())
    }
}

/// A decompressor.
pub struct Decoder {
    state: Box<DecoderState>,
    dictionary: Vec<u8>,
    error: Option<CodecError>,
}

impl Decoder {
    /// `params` are `(BROTLI_DECODER_PARAM_*, value)` pairs.
    pub fn new(params: &[(u32, u32)], dictionary: Vec<u8>) -> Result<Decoder, CodecError> {
        // Ring-buffer reallocation (0) is an allocation hint; large windows
        // (1) are always accepted by this decoder.
        if params.iter().any(|&(key, _)| key > 1) {
            return Err(setting_failed());
        }
        let state = if dictionary.is_empty() {
            DecoderState::new(
                HeapAlloc::<u8>::new(0),
                HeapAlloc::<u32>::new(0),
                HeapAlloc::<HuffmanCode>::new(HuffmanCode::default()),
            )
        } else {
            let mut alloc = HeapAlloc::<u8>::new(0);
            let mut dict = brotli::Allocator::alloc_cell(&mut alloc, dictionary.len());
            brotli::SliceWrapperMut::slice_mut(&mut dict).copy_from_slice(&dictionary);
            DecoderState::new_with_custom_dictionary(
                alloc,
                HeapAlloc::<u32>::new(0),
                HeapAlloc::<HuffmanCode>::new(HuffmanCode::default()),
                dict,
            )
        };
        Ok(Decoder {
            state: Box::new(state),
            dictionary,
            error: None,
        })
    }
}

impl Codec for Decoder {
    fn write(&mut self, flush: i32, input: &[u8], out: &mut [u8]) -> Result<Step, CodecError> {
        if let Some(e) = &self.error {
            return Err(e.clone());
        }
        let (mut avail_in, mut in_offset) = (input.len(), 0);
        let (mut avail_out, mut out_offset) = (out.len(), 0);
        let mut total_out = 0;
        let result = brotli::BrotliDecompressStream(
            &mut avail_in,
            &mut in_offset,
            input,
            &mut avail_out,
            &mut out_offset,
            out,
            &mut total_out,
            &mut self.state,
        );
        match result {
            BrotliResult::ResultFailure => {
                let code = self.state.error_code;
                let error = CodecError {
                    message: "Decompression failed".into(),
                    errno: code as i32,
                    code: format!("ERR__{}", error_name(code)),
                };
                self.error = Some(error.clone());
                return Err(error);
            }
            BrotliResult::NeedsMoreInput if flush == 2 => {
                // Brotli does not call a truncated stream an error by itself.
                return Err(CodecError {
                    message: "unexpected end of file".into(),
                    errno: -5,
                    code: "Z_BUF_ERROR".into(),
                });
            }
            _ => {}
        }
        Ok(Step {
            avail_out,
            avail_in,
        })
    }

    fn reset(&mut self) -> Result<(), CodecError> {
        *self = Decoder::new(&[], std::mem::take(&mut self.dictionary))?;
        Ok(())
    }
}

/// The C library's name of a decoder error, without its `BROTLI_DECODER`
/// prefix (Node's codes are `ERR_` + that name, e.g. `ERR__ERROR_FORMAT_PADDING_1`).
fn error_name(code: impl std::fmt::Debug) -> String {
    let name = format!("{code:?}");
    let name = name.strip_prefix("BROTLI_DECODER_").unwrap_or(&name);
    name.to_owned()
}
