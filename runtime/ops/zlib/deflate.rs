//! The zlib family (deflate, inflate, gzip, gunzip, raw, unzip) on zlib-rs
//! through its zlib C API, stepped the way Node's `ZlibContext` steps zlib:
//! the same window-bits arithmetic per mode, the dictionary handling, the
//! unzip header sniffing, the concatenated gzip members, and the same error
//! messages and codes.

use super::{Codec, CodecError, Step};
use libz_rs_sys as z;
use std::ffi::{c_int, CStr};

pub const DEFLATE: i32 = 1;
pub const INFLATE: i32 = 2;
pub const GZIP: i32 = 3;
pub const GUNZIP: i32 = 4;
pub const DEFLATERAW: i32 = 5;
pub const INFLATERAW: i32 = 6;
pub const UNZIP: i32 = 7;

const GZIP_HEADER_ID1: u8 = 0x1f;
const GZIP_HEADER_ID2: u8 = 0x8b;

/// A zlib stream as zlib's C API wants it. Boxed so its address stays put
/// (zlib's state keeps a pointer back to its stream).
struct Stream(Box<z::z_stream>);

// SAFETY: the stream and the state it points to are owned by this value
// alone; they move between the main thread and a pool worker, never shared.
unsafe impl Send for Stream {}

/// One deflate or inflate context, with Node's options.
pub struct Zlib {
    stream: Stream,
    mode: i32,
    dictionary: Vec<u8>,
    /// How many of the two gzip magic bytes unzip has seen (it decides
    /// between gunzip and inflate on them).
    gzip_id_bytes_read: u8,
    err: c_int,
    flush: c_int,
}

impl Zlib {
    /// zlib's `deflateInit2`/`inflateInit2` for `mode`, then the dictionary;
    /// `Err` when zlib refuses the options.
    pub fn new(
        mode: i32,
        window_bits: i32,
        level: i32,
        mem_level: i32,
        strategy: i32,
        dictionary: Vec<u8>,
    ) -> Result<Zlib, CodecError> {
        let window_bits = match mode {
            GZIP | GUNZIP => window_bits + 16,
            UNZIP => window_bits + 32,
            // zlib has no 256-byte window for raw deflate; Node's zlib
            // (Chromium's) quietly uses 512 bytes, as zlib does for the others.
            DEFLATERAW if window_bits == 8 => -9,
            DEFLATERAW | INFLATERAW => -window_bits,
            _ => window_bits,
        };
        let mut zlib = Zlib {
            stream: Stream(Box::default()),
            mode,
            dictionary,
            gzip_id_bytes_read: 0,
            err: z::Z_OK,
            flush: z::Z_NO_FLUSH,
        };
        let strm: *mut z::z_stream = &mut *zlib.stream.0;
        let size = std::mem::size_of::<z::z_stream>() as c_int;
        // SAFETY: `strm` is a default-initialised stream we own; the version
        // string is the library's own.
        zlib.err = unsafe {
            match mode {
                DEFLATE | GZIP | DEFLATERAW => z::deflateInit2_(
                    strm,
                    level,
                    z::Z_DEFLATED,
                    window_bits,
                    mem_level,
                    strategy,
                    z::zlibVersion(),
                    size,
                ),
                _ => z::inflateInit2_(strm, window_bits, z::zlibVersion(), size),
            }
        };
        if zlib.err != z::Z_OK {
            zlib.mode = 0;
            return Err(zlib.error("Init error"));
        }
        zlib.set_dictionary()?;
        Ok(zlib)
    }

    fn deflating(&self) -> bool {
        matches!(self.mode, DEFLATE | GZIP | DEFLATERAW)
    }

    /// Node's error for the current state: zlib's own message when it set
    /// one, else `message`, with the code named after `err`.
    fn error(&self, message: &str) -> CodecError {
        let msg = self.stream.0.msg;
        let message = if msg.is_null() {
            message.to_owned()
        } else {
            // SAFETY: zlib's messages are static NUL-terminated strings.
            unsafe { CStr::from_ptr(msg) }
                .to_string_lossy()
                .into_owned()
        };
        CodecError {
            message,
            errno: self.err,
            code: code_name(self.err).to_owned(),
        }
    }

    fn set_dictionary(&mut self) -> Result<(), CodecError> {
        if self.dictionary.is_empty() {
            return Ok(());
        }
        let strm: *mut z::z_stream = &mut *self.stream.0;
        let (dict, len) = (self.dictionary.as_ptr(), self.dictionary.len() as u32);
        // SAFETY: an initialised stream; the dictionary outlives the call.
        self.err = unsafe {
            match self.mode {
                DEFLATE | DEFLATERAW => z::deflateSetDictionary(strm, dict, len),
                INFLATERAW => z::inflateSetDictionary(strm, dict, len),
                _ => z::Z_OK,
            }
        };
        if self.err != z::Z_OK {
            return Err(self.error("Failed to set dictionary"));
        }
        Ok(())
    }

    fn inflate(&mut self) -> c_int {
        // SAFETY: an initialised inflate stream whose buffers are set.
        unsafe { z::inflate(&mut *self.stream.0, self.flush) }
    }

    /// Decides unzip's format from the first bytes: gzip's magic makes it
    /// gunzip, anything else inflate (zlib's own auto-detection is still on).
    fn sniff_unzip(&mut self, input: &[u8]) {
        let mut next = input.iter();
        if self.gzip_id_bytes_read == 0 {
            match next.next() {
                None => return,
                Some(&GZIP_HEADER_ID1) => self.gzip_id_bytes_read = 1,
                Some(_) => {
                    self.mode = INFLATE;
                    return;
                }
            }
        }
        match next.next() {
            None => {}
            Some(&GZIP_HEADER_ID2) => {
                self.gzip_id_bytes_read = 2;
                self.mode = GUNZIP;
            }
            Some(_) => self.mode = INFLATE,
        }
    }

    /// The error Node reports after a write, if any.
    fn write_error(&self) -> Option<CodecError> {
        match self.err {
            z::Z_OK | z::Z_BUF_ERROR => (self.stream.0.avail_out != 0 && self.flush == z::Z_FINISH)
                .then(|| self.error("unexpected end of file")),
            z::Z_STREAM_END => None,
            z::Z_NEED_DICT if self.dictionary.is_empty() => Some(self.error("Missing dictionary")),
            z::Z_NEED_DICT => Some(self.error("Bad dictionary")),
            _ => Some(self.error("Zlib error")),
        }
    }
}

impl Codec for Zlib {
    fn write(&mut self, flush: i32, input: &[u8], out: &mut [u8]) -> Result<Step, CodecError> {
        // zlib counts in 32 bits: a larger chunk goes in 4 GiB at a time
        // (the stream's next step takes the rest), into 4 GiB of room at most.
        let input_beyond = input.len().saturating_sub(u32::MAX as usize);
        let out_beyond = out.len().saturating_sub(u32::MAX as usize);
        let input = &input[..input.len() - input_beyond];
        let out_len = out.len() - out_beyond;
        let out = &mut out[..out_len];
        self.flush = flush;
        let strm = &mut *self.stream.0;
        strm.next_in = input.as_ptr();
        strm.avail_in = input.len() as u32;
        strm.next_out = out.as_mut_ptr();
        strm.avail_out = out.len() as u32;
        if self.mode == UNZIP {
            self.sniff_unzip(input);
        }
        if self.deflating() {
            // SAFETY: an initialised deflate stream whose buffers are set.
            self.err = unsafe { z::deflate(&mut *self.stream.0, flush) };
        } else if self.mode != 0 {
            self.err = self.inflate();
            if self.mode != INFLATERAW && self.err == z::Z_NEED_DICT && !self.dictionary.is_empty()
            {
                let strm: *mut z::z_stream = &mut *self.stream.0;
                let (dict, len) = (self.dictionary.as_ptr(), self.dictionary.len() as u32);
                // SAFETY: an initialised stream; the dictionary outlives the call.
                self.err = unsafe { z::inflateSetDictionary(strm, dict, len) };
                if self.err == z::Z_OK {
                    self.err = self.inflate();
                } else if self.err == z::Z_DATA_ERROR {
                    // Tells a wrong dictionary from bad input, as Node does.
                    self.err = z::Z_NEED_DICT;
                }
            }
            // More gzip members after this one (trailing zero bytes are
            // padding, not a member).
            while self.stream.0.avail_in > 0
                && self.mode == GUNZIP
                && self.err == z::Z_STREAM_END
                && input[input.len() - self.stream.0.avail_in as usize] != 0
            {
                // SAFETY: an initialised inflate stream.
                self.err = unsafe { z::inflateReset(&mut *self.stream.0) };
                self.err = self.inflate();
            }
        }
        if let Some(error) = self.write_error() {
            return Err(error);
        }
        Ok(Step {
            avail_out: self.stream.0.avail_out as usize + out_beyond,
            avail_in: self.stream.0.avail_in as usize + input_beyond,
        })
    }

    fn params(&mut self, level: i32, strategy: i32) -> Result<(), CodecError> {
        self.err = z::Z_OK;
        if matches!(self.mode, DEFLATE | DEFLATERAW) {
            let strm = &mut *self.stream.0;
            // Params runs after a flush: no input is pending, and zlib's
            // internal `deflate(Z_BLOCK)` gets no room (the last write's
            // buffers are gone), as it has nothing to write.
            let mut no_room = [0u8; 0];
            strm.avail_in = 0;
            strm.next_out = no_room.as_mut_ptr();
            strm.avail_out = 0;
            // SAFETY: an initialised deflate stream.
            self.err = unsafe { z::deflateParams(strm, level, strategy) };
        }
        if self.err != z::Z_OK && self.err != z::Z_BUF_ERROR {
            return Err(self.error("Failed to set parameters"));
        }
        Ok(())
    }

    fn reset(&mut self) -> Result<(), CodecError> {
        let strm: *mut z::z_stream = &mut *self.stream.0;
        // SAFETY: an initialised stream of the kind reset.
        self.err = unsafe {
            match self.mode {
                DEFLATE | DEFLATERAW | GZIP => z::deflateReset(strm),
                INFLATE | INFLATERAW | GUNZIP => z::inflateReset(strm),
                _ => z::Z_OK,
            }
        };
        if self.err != z::Z_OK {
            return Err(self.error("Failed to reset stream"));
        }
        self.set_dictionary()
    }
}

impl Drop for Zlib {
    fn drop(&mut self) {
        let strm: *mut z::z_stream = &mut *self.stream.0;
        // SAFETY: ends the stream this value initialised, once.
        unsafe {
            match self.mode {
                0 => {}
                DEFLATE | GZIP | DEFLATERAW => {
                    z::deflateEnd(strm);
                }
                _ => {
                    z::inflateEnd(strm);
                }
            }
        }
    }
}

/// zlib's name for a return code (`zlib.codes`).
fn code_name(err: c_int) -> &'static str {
    match err {
        z::Z_OK => "Z_OK",
        z::Z_STREAM_END => "Z_STREAM_END",
        z::Z_NEED_DICT => "Z_NEED_DICT",
        z::Z_ERRNO => "Z_ERRNO",
        z::Z_STREAM_ERROR => "Z_STREAM_ERROR",
        z::Z_DATA_ERROR => "Z_DATA_ERROR",
        z::Z_MEM_ERROR => "Z_MEM_ERROR",
        z::Z_BUF_ERROR => "Z_BUF_ERROR",
        z::Z_VERSION_ERROR => "Z_VERSION_ERROR",
        _ => "Z_UNKNOWN_ERROR",
    }
}
