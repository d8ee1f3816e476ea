//! Zstandard on the reference C library (through zstd-safe), stepped as
//! Node's `ZstdCompressContext`/`ZstdDecompressContext` step it: one
//! streaming call per write, parameters by Node's numbers, a pledged source
//! size, a dictionary, and Node's errors (zstd's message; zlib.js names the
//! code `ZSTD_error_*` from the number).

use super::{Codec, CodecError, Step};
use zstd_safe::zstd_sys::{ZSTD_EndDirective, ZSTD_strategy};
use zstd_safe::{CCtx, CParameter, DCtx, DParameter, InBuffer, OutBuffer, ResetDirective};

/// zstd's failure `code` (a `size_t` error) as Node reports it.
fn zstd_error(code: usize) -> CodecError {
    CodecError {
        message: zstd_safe::get_error_name(code).to_owned(),
        errno: 0usize.wrapping_sub(code) as i32,
        code: String::new(),
    }
}

fn setting_failed() -> CodecError {
    CodecError {
        message: "Setting parameter failed".into(),
        errno: -1,
        code: "ERR_ZLIB_INITIALIZATION_FAILED".into(),
    }
}

/// Node's `ZSTD_c_*` number and value as zstd-safe's parameter.
fn compress_parameter(key: i32, value: i32) -> Option<CParameter> {
    let unsigned = u32::try_from(value).ok();
    let flag = value != 0;
    Some(match key {
        100 => CParameter::CompressionLevel(value),
        101 => CParameter::WindowLog(unsigned?),
        102 => CParameter::HashLog(unsigned?),
        103 => CParameter::ChainLog(unsigned?),
        104 => CParameter::SearchLog(unsigned?),
        105 => CParameter::MinMatch(unsigned?),
        106 => CParameter::TargetLength(unsigned?),
        107 => CParameter::Strategy(match value {
            1 => ZSTD_strategy::ZSTD_fast,
            2 => ZSTD_strategy::ZSTD_dfast,
            3 => ZSTD_strategy::ZSTD_greedy,
            4 => ZSTD_strategy::ZSTD_lazy,
            5 => ZSTD_strategy::ZSTD_lazy2,
            6 => ZSTD_strategy::ZSTD_btlazy2,
            7 => ZSTD_strategy::ZSTD_btopt,
            8 => ZSTD_strategy::ZSTD_btultra,
            9 => ZSTD_strategy::ZSTD_btultra2,
            _ => return None,
        }),
        160 => CParameter::EnableLongDistanceMatching(flag),
        161 => CParameter::LdmHashLog(unsigned?),
        162 => CParameter::LdmMinMatch(unsigned?),
        163 => CParameter::LdmBucketSizeLog(unsigned?),
        164 => CParameter::LdmHashRateLog(unsigned?),
        200 => CParameter::ContentSizeFlag(flag),
        201 => CParameter::ChecksumFlag(flag),
        202 => CParameter::DictIdFlag(flag),
        400 => CParameter::NbWorkers(unsigned?),
        401 => CParameter::JobSize(unsigned?),
        402 => CParameter::OverlapSizeLog(unsigned?),
        _ => return None,
    })
}

/// A compressor.
pub struct Compressor {
    ctx: CCtx<'static>,
    /// Whether a pledged source size waits for the frame's first write.
    pledged: bool,
}

impl Compressor {
    /// `params` are `(ZSTD_c_*, value)` pairs.
    pub fn new(
        params: &[(i32, i32)],
        pledged_src_size: Option<u64>,
        dictionary: &[u8],
    ) -> Result<Compressor, CodecError> {
        let mut ctx = CCtx::create();
        for &(key, value) in params {
            let param = compress_parameter(key, value).ok_or_else(setting_failed)?;
            ctx.set_parameter(param).map_err(|_| setting_failed())?;
        }
        if pledged_src_size.is_some() {
            ctx.set_pledged_src_size(pledged_src_size)
                .map_err(zstd_error)?;
        }
        if !dictionary.is_empty() {
            ctx.load_dictionary(dictionary).map_err(zstd_error)?;
        }
        Ok(Compressor {
            ctx,
            pledged: pledged_src_size.is_some(),
        })
    }
}

impl Codec for Compressor {
    fn write(&mut self, flush: i32, input: &[u8], out: &mut [u8]) -> Result<Step, CodecError> {
        let directive = match flush {
            1 => ZSTD_EndDirective::ZSTD_e_flush,
            2 => ZSTD_EndDirective::ZSTD_e_end,
            _ => ZSTD_EndDirective::ZSTD_e_continue,
        };
        let mut input = InBuffer::around(input);
        let out_len = out.len();
        let mut output = OutBuffer::around(out);
        if std::mem::take(&mut self.pledged) && directive == ZSTD_EndDirective::ZSTD_e_end {
            // zstd takes a frame's first call that also ends it as the whole
            // input and sizes the frame by it; the pledged size is to be
            // checked against the input instead, as Node's binding does.
            self.ctx
                .compress_stream2(&mut output, &mut input, ZSTD_EndDirective::ZSTD_e_continue)
                .map_err(zstd_error)?;
        }
        self.ctx
            .compress_stream2(&mut output, &mut input, directive)
            .map_err(zstd_error)?;
        Ok(Step {
            avail_out: out_len - output.pos(),
            avail_in: input.src.len() - input.pos(),
        })
    }

    fn reset(&mut self) -> Result<(), CodecError> {
        reset_session(|r| self.ctx.reset(r))
    }
}

/// Drops the frame in progress, keeping the parameters and dictionary.
fn reset_session(
    reset: impl FnOnce(ResetDirective) -> zstd_safe::SafeResult,
) -> Result<(), CodecError> {
    reset(ResetDirective::SessionOnly)
        .map(drop)
        .map_err(zstd_error)
}

/// A decompressor.
pub struct Decompressor {
    ctx: DCtx<'static>,
    /// Whether a frame has begun and not ended yet.
    in_frame: bool,
}

impl Decompressor {
    /// `params` are `(ZSTD_d_*, value)` pairs.
    pub fn new(params: &[(i32, i32)], dictionary: &[u8]) -> Result<Decompressor, CodecError> {
        let mut ctx = DCtx::create();
        for &(key, value) in params {
            let param = match (key, u32::try_from(value)) {
                (100, Ok(v)) => DParameter::WindowLogMax(v),
                _ => return Err(setting_failed()),
            };
            ctx.set_parameter(param).map_err(|_| setting_failed())?;
        }
        if !dictionary.is_empty() {
            ctx.load_dictionary(dictionary).map_err(zstd_error)?;
        }
        Ok(Decompressor {
            ctx,
            in_frame: false,
        })
    }
}

impl Codec for Decompressor {
    fn write(&mut self, flush: i32, input: &[u8], out: &mut [u8]) -> Result<Step, CodecError> {
        let mut input = InBuffer::around(input);
        let out_len = out.len();
        let mut output = OutBuffer::around(out);
        let hint = self
            .ctx
            .decompress_stream(&mut output, &mut input)
            .map_err(zstd_error)?;
        let step = Step {
            avail_out: out_len - output.pos(),
            avail_in: input.src.len() - input.pos(),
        };
        // zstd's hint is 0 at the end of a frame.
        self.in_frame = hint != 0 && (self.in_frame || input.pos() > 0);
        // The input ended inside a frame: zstd wants more, and finishing
        // cannot give it any.
        if flush == 2 && self.in_frame && step.avail_in == 0 && step.avail_out != 0 {
            return Err(CodecError {
                message: "unexpected end of file".into(),
                errno: -5,
                code: "Z_BUF_ERROR".into(),
            });
        }
        Ok(step)
    }

    fn reset(&mut self) -> Result<(), CodecError> {
        self.in_frame = false;
        reset_session(|r| self.ctx.reset(r))
    }
}
