//! `readFile` and `writeFile`: reading a whole file on a worker into memory
//! the main thread adopts as an ArrayBuffer, and writing all of a buffer.

use super::fds::{with_fd, Target};
use super::int_arg;
use super::result::{run, FsError, Value};
use crate::guards::strings::MAX_LENGTH;
use crate::ops::arg;
use crate::ops::buffer::{self, decode_owned, encode, Encoding};
use boa_engine::object::builtins::AlignedVec;
use boa_engine::{Context, JsResult, JsValue};

/// Node's `kIoMaxLength`: the largest file `readFile` returns.
const IO_MAX: u64 = (1 << 31) - 1;
/// The most one `read(2)` of a large file asks for before yielding the CPU.
const READ_SLICE: usize = 4 << 20;
/// What a read of a file of unknown size (/proc, pipes, devices) asks for at a time.
const UNKNOWN_SIZE_CHUNK: usize = 64 * 1024;

/// `read(2)` (or `pread(2)` at `position`) of at most `want` bytes into
/// `buf`'s spare capacity: bytes read, 0 at EOF.
pub(super) fn read_some<B: Spare>(
    fd: i32,
    buf: &mut B,
    want: usize,
    position: Option<i64>,
) -> Result<usize, FsError> {
    let (ptr, room) = buf.spare();
    let want = want.min(room);
    loop {
        // SAFETY: `ptr` points to `room >= want` writable bytes past the
        // buffer's initialised length.
        let n = match position {
            None => unsafe { libc::read(fd, ptr.cast(), want) },
            // SAFETY: as above.
            Some(at) => unsafe { libc::pread(fd, ptr.cast(), want, at as libc::off_t) },
        };
        if n >= 0 {
            // SAFETY: read(2) initialised the `n` bytes at `ptr`.
            unsafe { buf.grow(n as usize) };
            return Ok(n as usize);
        }
        let err = FsError::last("read", None);
        if !err.interrupted() {
            return Err(err);
        }
    }
}

/// A byte buffer that `read(2)` can fill past its length.
pub(super) trait Spare {
    /// The first byte past the length, and how many bytes are allocated from there.
    fn spare(&mut self) -> (*mut u8, usize);
    /// Counts `n` more bytes as initialised.
    ///
    /// # Safety
    /// The `n` bytes after the length must have been written.
    unsafe fn grow(&mut self, n: usize);
}

impl Spare for AlignedVec<u8> {
    fn spare(&mut self) -> (*mut u8, usize) {
        let (len, cap) = (self.len(), self.capacity());
        // SAFETY: `len <= cap`: the pointer stays inside the allocation.
        (unsafe { self.as_mut_ptr().add(len) }, cap - len)
    }

    unsafe fn grow(&mut self, n: usize) {
        // SAFETY: the caller wrote the `n` bytes.
        unsafe { self.set_len(self.len() + n) }
    }
}

impl Spare for Vec<u8> {
    fn spare(&mut self) -> (*mut u8, usize) {
        let spare = self.spare_capacity_mut();
        (spare.as_mut_ptr().cast(), spare.len())
    }

    unsafe fn grow(&mut self, n: usize) {
        // SAFETY: the caller wrote the `n` bytes.
        unsafe { self.set_len(self.len() + n) }
    }
}

/// Asks for 2 MiB pages under a large buffer: reading 64 MiB into 4 KiB
/// pages spends most of its time in page faults, and freeing it (on the
/// main thread, when the GC drops the Buffer) in unmapping 16k pages.
fn prefer_huge_pages(buf: &mut AlignedVec<u8>) {
    const HUGE: usize = 2 << 20;
    if buf.capacity() < 2 * HUGE {
        return;
    }
    let start = buf.as_mut_ptr() as usize;
    let first = start.next_multiple_of(HUGE);
    let end = (start + buf.capacity()) / HUGE * HUGE;
    if end > first {
        // SAFETY: the range lies inside the buffer's allocation; MADV_HUGEPAGE
        // is only advice and changes no contents.
        unsafe { libc::madvise(first as *mut libc::c_void, end - first, libc::MADV_HUGEPAGE) };
    }
}

/// The rest of `fd` from its current position, as Node's readFile: a
/// regular file reads its `fstat` size, anything else (size 0) reads to
/// EOF; past 2 GiB is `ERR_FS_FILE_TOO_LARGE`.
/// Fails early when a regular file is too big to decode as `encoding`
/// (where its size says exactly how many code units that would make).
fn text_fits(fd: i32, encoding: Encoding) -> Result<(), FsError> {
    // SAFETY: a zeroed stat is a valid out-parameter.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    // SAFETY: `st` is a valid out pointer.
    if unsafe { libc::fstat(fd, &mut st) } != 0 || st.st_mode & libc::S_IFMT != libc::S_IFREG {
        return Ok(());
    }
    match encoding.decoded_units(st.st_size as usize) {
        Some(units) if units > MAX_LENGTH => Err(FsError::StringTooLong),
        _ => Ok(()),
    }
}

fn read_to_end(fd: i32) -> Result<AlignedVec<u8>, FsError> {
    // SAFETY: a zeroed stat is a valid out-parameter.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    // SAFETY: `st` is a valid out pointer.
    if unsafe { libc::fstat(fd, &mut st) } != 0 {
        return Err(FsError::last("fstat", None));
    }
    let regular = st.st_mode & libc::S_IFMT == libc::S_IFREG;
    let size = if regular { st.st_size as u64 } else { 0 };
    if size > IO_MAX {
        return Err(FsError::TooLarge(size));
    }
    if size > 0 {
        let size = size as usize;
        let mut buf = AlignedVec::with_capacity(0, size);
        prefer_huge_pages(&mut buf);
        while buf.len() < size {
            let want = (size - buf.len()).min(READ_SLICE);
            if read_some(fd, &mut buf, want, None)? == 0 {
                break;
            }
            if buf.len() < size {
                // Let a waiting JS thread run: copying 64 MiB takes a whole
                // scheduler slice, and timers would wait for its end.
                // SAFETY: sched_yield has no preconditions.
                unsafe { libc::sched_yield() };
            }
        }
        return Ok(buf);
    }
    // Unknown size: chunks that double (to 64 MiB), so an endless file
    // (/dev/zero) costs no re-copying on the way to the 2 GiB refusal;
    // what the file held is copied once into one buffer at EOF.
    let mut chunks: Vec<Vec<u8>> = Vec::new();
    let mut total: u64 = 0;
    let mut chunk_size = UNKNOWN_SIZE_CHUNK;
    loop {
        let mut chunk = Vec::with_capacity(chunk_size);
        let mut eof = false;
        while chunk.len() < chunk.capacity() {
            if read_some(fd, &mut chunk, usize::MAX, None)? == 0 {
                eof = true;
                break;
            }
        }
        total += chunk.len() as u64;
        if total > IO_MAX {
            return Err(FsError::TooLarge(total));
        }
        chunks.push(chunk);
        if eof {
            break;
        }
        chunk_size = (chunk_size * 2).min(64 << 20);
    }
    let mut buf = AlignedVec::with_capacity(0, total as usize);
    prefer_huge_pages(&mut buf);
    for chunk in &chunks {
        buf.extend_from_slice(chunk);
    }
    Ok(buf)
}

/// The whole of readFile, on a worker.
fn read_file(target: &Target, flags: i32, encoding: Encoding) -> Result<Value, FsError> {
    let bytes = with_fd(target, flags, 0o666, |fd| {
        text_fits(fd, encoding)?;
        read_to_end(fd)
    })?;
    Ok(match encoding {
        Encoding::Buffer => Value::Bytes(bytes),
        _ => Value::Text(decode_owned(bytes, encoding)),
    })
}

pub(super) fn write_all(fd: i32, mut data: &[u8]) -> Result<(), FsError> {
    while !data.is_empty() {
        // SAFETY: `data` is a valid slice for `data.len()` bytes.
        let n = unsafe { libc::write(fd, data.as_ptr().cast(), data.len()) };
        if n < 0 {
            let err = FsError::last("write", None);
            if err.interrupted() {
                continue;
            }
            return Err(err);
        }
        data = &data[n as usize..];
    }
    Ok(())
}

/// `readFile(path | undefined, fd, flags, encoding, req)`, in the form `req`
/// asks for (see `run`): the whole read is one pool job in the async forms.
pub(super) fn read_file_native(
    _: &JsValue,
    args: &[JsValue],
    context: &mut Context,
) -> JsResult<JsValue> {
    let req = arg(args, 4);
    let target = Target::from_args(args, 0, context, !req.is_undefined());
    let flags = int_arg(args, 2, libc::O_RDONLY);
    let encoding = Encoding::from_value(args.get(3));
    let detail = target.as_ref().map(Target::detail).unwrap_or_default();
    run(context, &req, "fs.readFile", &detail, move || {
        read_file(&target?, flags, encoding)
    })
}

/// The bytes to write: a string in `encoding`, or a typed array's bytes (copied).
pub(super) fn data_arg(args: &[JsValue], i: usize, context: &mut Context) -> JsResult<Vec<u8>> {
    let data = arg(args, i);
    match data.as_string() {
        Some(s) => Ok(encode(s.as_str(), Encoding::from_value(args.get(i + 1)))),
        None => buffer::with_bytes(&data, context, <[u8]>::to_vec),
    }
}

/// `writeFile(path | undefined, fd, flags, mode, data, encoding, req)`, in the
/// form `req` asks for (see `run`).
pub(super) fn write_file_native(
    _: &JsValue,
    args: &[JsValue],
    context: &mut Context,
) -> JsResult<JsValue> {
    let req = arg(args, 6);
    let target = Target::from_args(args, 0, context, !req.is_undefined());
    let flags = int_arg(args, 2, libc::O_WRONLY | libc::O_CREAT | libc::O_TRUNC);
    let mode = int_arg(args, 3, 0o666) as u32;
    let data = data_arg(args, 4, context)?;
    let detail = target.as_ref().map(Target::detail).unwrap_or_default();
    run(context, &req, "fs.writeFile", &detail, move || {
        with_fd(&target?, flags, mode, |fd| write_all(fd, &data)).map(|()| Value::Undefined)
    })
}
