//! Natives behind `fs` (`stdlib-js/fs.js`).
//!
//! `readFile` is one pool job: open, fstat, read to EOF, close, and the
//! decoding to a string, all on a worker. The bytes are read into an
//! `AlignedVec<u8>` that the main thread adopts as an ArrayBuffer, so a
//! completion costs the same for 5 bytes as for 64 MiB. Arguments arrive
//! validated by `fs.js` (Node's messages live there); errors are Node's
//! `UVException` objects made in `errors.rs`.

use super::buffer::{self, decode_owned, encode, new_buffer, Encoding, Text};
use crate::errors::uv_exception;
use crate::event_loop;
use crate::host::Host;
use crate::ops::strings::{invalid_length, MAX_LENGTH};
use crate::pool::Deliver;
use boa_engine::object::builtins::{AlignedVec, JsArray, JsPromise};
use boa_engine::object::ObjectInitializer;
use boa_engine::property::Attribute;
use boa_engine::{js_string, Context, JsError, JsObject, JsResult, JsValue};
use std::ffi::CString;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::{DirBuilderExt, MetadataExt};

/// Node's `kIoMaxLength`: the largest file `readFile` returns.
const IO_MAX: u64 = (1 << 31) - 1;
/// The most one `read(2)` of a large file asks for before yielding the CPU.
const READ_SLICE: usize = 4 << 20;
/// What a read of a file of unknown size (/proc, pipes, devices) asks for at a time.
const UNKNOWN_SIZE_CHUNK: usize = 64 * 1024;

/// A failed fs call, as plain data until it reaches the main thread.
#[derive(Debug)]
pub enum FsError {
    /// A system call failed: `CODE: description, syscall 'path'`.
    Sys {
        errno: i32,
        syscall: &'static str,
        path: Option<String>,
    },
    /// `RangeError [ERR_FS_FILE_TOO_LARGE]`, with the size seen.
    TooLarge(u64),
    /// The text would pass Node's maximum string length (known from the
    /// file's size for single-byte encodings, before reading it).
    StringTooLong,
}

impl FsError {
    fn last(syscall: &'static str, path: Option<&str>) -> FsError {
        Self::from_io(&std::io::Error::last_os_error(), syscall, path)
    }

    fn from_io(e: &std::io::Error, syscall: &'static str, path: Option<&str>) -> FsError {
        FsError::Sys {
            errno: e.raw_os_error().unwrap_or(libc::EIO),
            syscall,
            path: path.map(str::to_owned),
        }
    }

    /// The error object (main thread).
    fn to_js(&self, context: &mut Context) -> JsValue {
        match self {
            FsError::Sys {
                errno,
                syscall,
                path,
            } => uv_exception(context, *errno, syscall, path.as_deref()).into(),
            FsError::TooLarge(size) => crate::stdlib::node_error(
                context,
                "ERR_FS_FILE_TOO_LARGE",
                &[JsValue::from(*size as f64)],
            )
            .into_opaque(context)
            .unwrap_or_default(),
            FsError::StringTooLong => crate::ops::strings::too_long(context)
                .into_opaque(context)
                .unwrap_or_default(),
        }
    }

    /// The error thrown by a synchronous call: the same object, with the
    /// stack frames of the caller (as Node's sync fs errors have).
    fn throw(&self, context: &mut Context) -> JsError {
        let err = self.to_js(context);
        if matches!(self, FsError::Sys { .. }) {
            add_stack(&err, context);
        }
        JsError::from_opaque(err)
    }
}

/// `Error.captureStackTrace(err)`: the header plus the current JS frames.
fn add_stack(err: &JsValue, context: &mut Context) {
    let error_ctor = context.intrinsics().constructors().error().constructor();
    if let Ok(capture) = error_ctor.get(js_string!("captureStackTrace"), context) {
        if let Some(capture) = capture.as_callable() {
            let _ = capture.call(&error_ctor.into(), std::slice::from_ref(err), context);
        }
    }
}

/// A successful result, as plain data.
pub enum Value {
    Undefined,
    Number(f64),
    Bytes(AlignedVec<u8>),
    Text(Text),
}

impl Value {
    fn into_js(self, context: &mut Context) -> JsResult<JsValue> {
        Ok(match self {
            Value::Undefined => JsValue::undefined(),
            Value::Number(n) => n.into(),
            Value::Bytes(b) => new_buffer(b, context)?,
            Value::Text(t) => t.to_js_string(context)?.into(),
        })
    }
}

/// A pool job's outcome: calls `callback(err)` or `callback(null, value)`,
/// or settles a promise when the handler is its `{ resolve, reject }`.
struct Done(Result<Value, FsError>);

impl Deliver for Done {
    fn deliver(self: Box<Self>, handler: JsValue, context: &mut Context) -> JsResult<()> {
        // A value that cannot become JavaScript (a string too long) is the
        // operation's error, as in Node.
        let outcome = match self.0 {
            // fs.promises.readFile: Node's error for a string too long is the
            // engine's RangeError there, not ERR_STRING_TOO_LONG.
            Ok(Value::Text(t)) if !handler.is_callable() && t.units() > MAX_LENGTH => {
                Err(invalid_length().into_opaque(context).unwrap_or_default())
            }
            Err(FsError::StringTooLong) if !handler.is_callable() => {
                Err(invalid_length().into_opaque(context).unwrap_or_default())
            }
            Ok(value) => value
                .into_js(context)
                .map_err(|e| e.into_opaque(context).unwrap_or_default()),
            Err(e) => Err(e.to_js(context)),
        };
        if let Some(f) = handler.as_callable() {
            let args = match outcome {
                Ok(value) => vec![JsValue::null(), value],
                Err(e) => vec![e],
            };
            f.call(&JsValue::undefined(), &args, context)?;
            return Ok(());
        }
        let Some(resolvers) = handler.as_object() else {
            return Ok(());
        };
        let (settle, value) = match outcome {
            Ok(value) => ("resolve", value),
            Err(e) => ("reject", e),
        };
        let settle = resolvers.get(js_string!(settle), context)?;
        if let Some(f) = settle.as_callable() {
            f.call(&JsValue::undefined(), &[value], context)?;
        }
        Ok(())
    }
}

/// Queues `work` on the pool with `callback` (validated by fs.js) as its handler.
fn submit(
    context: &mut Context,
    op: &'static str,
    detail: &str,
    callback: JsValue,
    work: impl FnOnce() -> Result<Value, FsError> + Send + 'static,
) -> JsResult<JsValue> {
    let host = Host::get(context);
    event_loop::submit(
        &host,
        op,
        detail,
        callback,
        Box::new(move || Box::new(Done(work())) as Box<dyn Deliver>),
    )?;
    Ok(JsValue::undefined())
}

/// What to read or write: a path fs.js validated, or an fd the caller owns.
#[derive(Clone)]
enum Target {
    Path(String),
    Fd(i32),
}

impl Target {
    /// `(path, fd)` arguments: a string path, else the number in `fd`.
    fn from_args(args: &[JsValue], i: usize) -> Target {
        match args.get(i).and_then(JsValue::as_string) {
            Some(s) => Target::Path(s.to_std_string_lossy()),
            None => Target::Fd(args.get(i + 1).and_then(JsValue::as_number).unwrap_or(-1.0) as i32),
        }
    }

    fn detail(&self) -> String {
        match self {
            Target::Path(p) => p.clone(),
            Target::Fd(fd) => format!("fd {fd}"),
        }
    }
}

fn c_path(path: &str) -> Result<CString, FsError> {
    CString::new(path).map_err(|_| FsError::Sys {
        errno: libc::ENOENT,
        syscall: "open",
        path: Some(path.to_owned()),
    })
}

fn sys_open(path: &str, flags: i32, mode: u32) -> Result<i32, FsError> {
    let c = c_path(path)?;
    loop {
        // SAFETY: `c` is a valid NUL-terminated string.
        let fd = unsafe { libc::open(c.as_ptr(), flags | libc::O_CLOEXEC, mode as libc::c_uint) };
        if fd >= 0 {
            return Ok(fd);
        }
        let err = FsError::last("open", Some(path));
        if !matches!(
            err,
            FsError::Sys {
                errno: libc::EINTR,
                ..
            }
        ) {
            return Err(err);
        }
    }
}

fn sys_close(fd: i32) -> Result<(), FsError> {
    // SAFETY: closing an fd has no memory-safety preconditions.
    if unsafe { libc::close(fd) } != 0 {
        return Err(FsError::last("close", None));
    }
    Ok(())
}

/// Opens `target` (unless it is an fd), runs `f` on the fd, closes what it opened.
fn with_fd<R>(
    target: &Target,
    flags: i32,
    mode: u32,
    f: impl FnOnce(i32) -> Result<R, FsError>,
) -> Result<R, FsError> {
    match target {
        Target::Fd(fd) => f(*fd),
        Target::Path(p) => {
            let fd = sys_open(p, flags, mode)?;
            let result = f(fd);
            let closed = sys_close(fd);
            let value = result?;
            closed?;
            Ok(value)
        }
    }
}

/// `read(2)` of at most `want` bytes into `buf`'s spare capacity: bytes
/// read, 0 at EOF.
fn read_some<B: Spare>(fd: i32, buf: &mut B, want: usize) -> Result<usize, FsError> {
    let (ptr, room) = buf.spare();
    let want = want.min(room);
    loop {
        // SAFETY: `ptr` points to `room >= want` writable bytes past the
        // buffer's initialised length.
        let n = unsafe { libc::read(fd, ptr.cast(), want) };
        if n >= 0 {
            // SAFETY: read(2) initialised the `n` bytes at `ptr`.
            unsafe { buf.grow(n as usize) };
            return Ok(n as usize);
        }
        let err = FsError::last("read", None);
        if !matches!(
            err,
            FsError::Sys {
                errno: libc::EINTR,
                ..
            }
        ) {
            return Err(err);
        }
    }
}

/// A byte buffer that `read(2)` can fill past its length.
trait Spare {
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
            if read_some(fd, &mut buf, want)? == 0 {
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
            if read_some(fd, &mut chunk, usize::MAX)? == 0 {
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

fn write_all(fd: i32, mut data: &[u8]) -> Result<(), FsError> {
    while !data.is_empty() {
        // SAFETY: `data` is a valid slice for `data.len()` bytes.
        let n = unsafe { libc::write(fd, data.as_ptr().cast(), data.len()) };
        if n < 0 {
            let err = FsError::last("write", None);
            if matches!(
                err,
                FsError::Sys {
                    errno: libc::EINTR,
                    ..
                }
            ) {
                continue;
            }
            return Err(err);
        }
        data = &data[n as usize..];
    }
    Ok(())
}

use super::{arg, NativeFn};

pub fn binding(context: &mut Context) -> JsResult<JsObject> {
    let functions: [(&str, NativeFn, usize); 21] = [
        ("readFile", read_file_async, 5),
        ("readFilePromise", read_file_promise, 4),
        ("readFileSync", read_file_sync, 4),
        ("writeFile", write_file_async, 7),
        ("writeFileSync", write_file_sync, 6),
        ("open", open_async, 4),
        ("openSync", open_sync, 3),
        ("close", close_async, 2),
        ("closeSync", close_sync, 1),
        ("exists", exists, 1),
        ("stat", stat, 3),
        ("fstat", fstat, 1),
        ("mkdir", mkdir, 3),
        ("rm", rm, 3),
        ("unlink", unlink, 1),
        ("rmdir", rmdir, 1),
        ("readdir", readdir, 1),
        ("symlink", symlink, 2),
        ("access", access, 2),
        ("chmod", chmod, 2),
        ("truncate", truncate, 2),
    ];
    Ok(super::binding_functions(context, &functions).build())
}

fn int_arg(args: &[JsValue], i: usize, default: i32) -> i32 {
    args.get(i)
        .and_then(JsValue::as_number)
        .map_or(default, |n| n as i32)
}

/// The embedder's file-system allow-list: `Err` (EACCES, as Node words it
/// for `syscall`) for a path outside it.
fn allowed(context: &Context, path: &str, syscall: &'static str) -> Result<(), FsError> {
    let sandbox = &Host::get(context).config.sandbox;
    sandbox
        .check(std::path::Path::new(path))
        .map_err(|e| FsError::from_io(&e, syscall, Some(path)))
}

/// `allowed` for a synchronous call: throws.
fn guard(context: &mut Context, path: &str, syscall: &'static str) -> JsResult<()> {
    allowed(context, path, syscall).map_err(|e| e.throw(context))
}

/// `allowed` for a target (fds were opened through a checked path).
fn target_allowed(context: &Context, target: &Target) -> Result<(), FsError> {
    match target {
        Target::Path(p) => allowed(context, p, "open"),
        Target::Fd(_) => Ok(()),
    }
}

fn path_arg(args: &[JsValue], i: usize) -> String {
    args.get(i)
        .and_then(JsValue::as_string)
        .map(|s| s.to_std_string_lossy())
        .unwrap_or_default()
}

/// `readFile(path | undefined, fd, flags, encoding, callback)`.
fn read_file_async(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let target = Target::from_args(args, 0);
    let flags = int_arg(args, 2, libc::O_RDONLY);
    let encoding = Encoding::from_value(args.get(3));
    let detail = target.detail();
    let access = target_allowed(context, &target);
    submit(context, "fs.readFile", &detail, arg(args, 4), move || {
        access?;
        read_file(&target, flags, encoding)
    })
}

/// `readFilePromise(path | undefined, fd, flags, encoding)`: a promise of
/// the contents (fs.promises.readFile), settled from the pool job.
fn read_file_promise(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let target = Target::from_args(args, 0);
    let flags = int_arg(args, 2, libc::O_RDONLY);
    let encoding = Encoding::from_value(args.get(3));
    let (promise, resolvers) = JsPromise::new_pending(context);
    let handler = ObjectInitializer::new(context)
        .property(js_string!("resolve"), resolvers.resolve, Attribute::empty())
        .property(js_string!("reject"), resolvers.reject, Attribute::empty())
        .build();
    let detail = target.detail();
    let access = target_allowed(context, &target);
    submit(context, "fs.readFile", &detail, handler.into(), move || {
        access?;
        read_file(&target, flags, encoding)
    })?;
    Ok(promise.into())
}

/// `readFileSync(path | undefined, fd, flags, encoding)`.
fn read_file_sync(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let target = Target::from_args(args, 0);
    target_allowed(context, &target).map_err(|e| e.throw(context))?;
    let flags = int_arg(args, 2, libc::O_RDONLY);
    let encoding = Encoding::from_value(args.get(3));
    match read_file(&target, flags, encoding) {
        Ok(v) => v.into_js(context),
        Err(e) => Err(e.throw(context)),
    }
}

/// The bytes to write: a string in `encoding`, or a typed array's bytes (copied).
fn data_arg(args: &[JsValue], i: usize, context: &mut Context) -> JsResult<Vec<u8>> {
    let data = arg(args, i);
    match data.as_string() {
        Some(s) => Ok(encode(s.as_str(), Encoding::from_value(args.get(i + 1)))),
        None => buffer::with_bytes(&data, context, <[u8]>::to_vec),
    }
}

/// `writeFile(path | undefined, fd, flags, mode, data, encoding, callback)`.
fn write_file_async(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let target = Target::from_args(args, 0);
    let flags = int_arg(args, 2, libc::O_WRONLY | libc::O_CREAT | libc::O_TRUNC);
    let mode = int_arg(args, 3, 0o666) as u32;
    let data = data_arg(args, 4, context)?;
    let detail = target.detail();
    let access = target_allowed(context, &target);
    submit(context, "fs.writeFile", &detail, arg(args, 6), move || {
        access?;
        with_fd(&target, flags, mode, |fd| write_all(fd, &data)).map(|()| Value::Undefined)
    })
}

fn write_file_sync(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let target = Target::from_args(args, 0);
    target_allowed(context, &target).map_err(|e| e.throw(context))?;
    let flags = int_arg(args, 2, libc::O_WRONLY | libc::O_CREAT | libc::O_TRUNC);
    let mode = int_arg(args, 3, 0o666) as u32;
    let data = data_arg(args, 4, context)?;
    with_fd(&target, flags, mode, |fd| write_all(fd, &data)).map_err(|e| e.throw(context))?;
    Ok(JsValue::undefined())
}

/// `open(path, flags, mode, callback)`.
fn open_async(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let path = path_arg(args, 0);
    let flags = int_arg(args, 1, libc::O_RDONLY);
    let mode = int_arg(args, 2, 0o666) as u32;
    let detail = path.clone();
    let access = allowed(context, &path, "open");
    submit(context, "fs.open", &detail, arg(args, 3), move || {
        access?;
        sys_open(&path, flags, mode).map(|fd| Value::Number(fd.into()))
    })
}

fn open_sync(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let path = path_arg(args, 0);
    guard(context, &path, "open")?;
    let flags = int_arg(args, 1, libc::O_RDONLY);
    let mode = int_arg(args, 2, 0o666) as u32;
    let fd = sys_open(&path, flags, mode).map_err(|e| e.throw(context))?;
    Ok(fd.into())
}

/// `close(fd, callback)`.
fn close_async(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let fd = int_arg(args, 0, -1);
    submit(
        context,
        "fs.close",
        &format!("fd {fd}"),
        arg(args, 1),
        move || sys_close(fd).map(|()| Value::Undefined),
    )
}

fn close_sync(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    sys_close(int_arg(args, 0, -1)).map_err(|e| e.throw(context))?;
    Ok(JsValue::undefined())
}

/// `exists(path)`: whether `access(path, F_OK)` succeeds.
fn exists(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let path = path_arg(args, 0);
    if allowed(context, &path, "access").is_err() {
        return Ok(false.into());
    }
    let Ok(c) = CString::new(path) else {
        return Ok(false.into());
    };
    // SAFETY: `c` is a valid NUL-terminated string.
    Ok((unsafe { libc::access(c.as_ptr(), libc::F_OK) } == 0).into())
}

/// `access(path, mode)`: throws like Node's accessSync.
fn access(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let path = path_arg(args, 0);
    guard(context, &path, "access")?;
    let c = c_path(&path).map_err(|e| e.throw(context))?;
    // SAFETY: `c` is a valid NUL-terminated string.
    if unsafe { libc::access(c.as_ptr(), int_arg(args, 1, libc::F_OK)) } != 0 {
        return Err(FsError::last("access", Some(&path)).throw(context));
    }
    Ok(JsValue::undefined())
}

/// The fields of Node's `Stats`, in its order.
fn stats_array(m: &std::fs::Metadata, context: &mut Context) -> JsValue {
    let ms = |s: i64, ns: i64| s as f64 * 1e3 + ns as f64 / 1e6;
    let birth = m
        .created()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map_or(0.0, |d| d.as_secs_f64() * 1e3);
    let fields = [
        m.dev() as f64,
        m.mode() as f64,
        m.nlink() as f64,
        m.uid() as f64,
        m.gid() as f64,
        m.rdev() as f64,
        m.blksize() as f64,
        m.ino() as f64,
        m.size() as f64,
        m.blocks() as f64,
        ms(m.atime(), m.atime_nsec()),
        ms(m.mtime(), m.mtime_nsec()),
        ms(m.ctime(), m.ctime_nsec()),
        birth,
    ];
    JsArray::from_iter(fields.into_iter().map(JsValue::from), context).into()
}

/// `stat(path, lstat, throwIfNoEntry)`: the Stats fields, or undefined for
/// a missing entry when `throwIfNoEntry` is false.
fn stat(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let path = path_arg(args, 0);
    guard(context, &path, "stat")?;
    let lstat = args.get(1).is_some_and(JsValue::to_boolean);
    let throw_if_missing = args.get(2).is_none_or(JsValue::to_boolean);
    let result = if lstat {
        std::fs::symlink_metadata(&path)
    } else {
        std::fs::metadata(&path)
    };
    match result {
        Ok(m) => Ok(stats_array(&m, context)),
        Err(e) => {
            let missing = matches!(e.raw_os_error(), Some(libc::ENOENT | libc::ENOTDIR));
            if missing && !throw_if_missing {
                return Ok(JsValue::undefined());
            }
            let syscall = if lstat { "lstat" } else { "stat" };
            Err(FsError::from_io(&e, syscall, Some(&path)).throw(context))
        }
    }
}

fn fstat(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let fd = int_arg(args, 0, -1);
    // The File must not close an fd it does not own.
    let file = std::mem::ManuallyDrop::new(unsafe_file(fd));
    match file.metadata() {
        Ok(m) => Ok(stats_array(&m, context)),
        Err(e) => Err(FsError::from_io(&e, "fstat", None).throw(context)),
    }
}

fn unsafe_file(fd: i32) -> std::fs::File {
    use std::os::fd::FromRawFd;
    // SAFETY: the File is wrapped in ManuallyDrop by the caller and only
    // used for fstat; a bad fd makes fstat fail with EBADF.
    unsafe { std::fs::File::from_raw_fd(fd) }
}

/// `mkdir(path, recursive, mode)`: with `recursive`, the first directory
/// created (or undefined when there was nothing to create).
fn mkdir(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let path = path_arg(args, 0);
    guard(context, &path, "mkdir")?;
    let recursive = args.get(1).is_some_and(JsValue::to_boolean);
    let mode = int_arg(args, 2, 0o777) as u32;
    let fail = |e: &std::io::Error, p: &str, context: &mut Context| {
        FsError::from_io(e, "mkdir", Some(p)).throw(context)
    };
    if !recursive {
        std::fs::DirBuilder::new()
            .mode(mode)
            .create(&path)
            .map_err(|e| fail(&e, &path, context))?;
        return Ok(JsValue::undefined());
    }
    // Walk up to the first existing ancestor, then create downwards.
    let mut missing = Vec::new();
    let mut at = std::path::Path::new(&path);
    loop {
        match std::fs::metadata(at) {
            Ok(m) if m.is_dir() => break,
            Ok(_) => {
                let errno = if missing.is_empty() {
                    libc::EEXIST
                } else {
                    libc::ENOTDIR
                };
                let e = std::io::Error::from_raw_os_error(errno);
                return Err(fail(&e, &path, context));
            }
            Err(e) if e.raw_os_error() == Some(libc::ENOENT) => {
                missing.push(at);
                match at.parent() {
                    Some(p) if !p.as_os_str().is_empty() => at = p,
                    _ => break,
                }
            }
            Err(e) => return Err(fail(&e, &path, context)),
        }
    }
    let first = missing.last().map(|p| p.to_string_lossy().into_owned());
    for dir in missing.iter().rev() {
        if let Err(e) = std::fs::DirBuilder::new().mode(mode).create(dir) {
            if e.kind() != std::io::ErrorKind::AlreadyExists {
                return Err(fail(&e, &path, context));
            }
        }
    }
    Ok(match first {
        Some(f) => js_string!(f).into(),
        None => JsValue::undefined(),
    })
}

/// `rm(path, recursive, force)`: Node's rmSync; returns "EISDIR" for a
/// directory without `recursive` (fs.js makes that SystemError).
fn rm(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let path = path_arg(args, 0);
    guard(context, &path, "rm")?;
    let recursive = args.get(1).is_some_and(JsValue::to_boolean);
    let force = args.get(2).is_some_and(JsValue::to_boolean);
    let meta = match std::fs::symlink_metadata(&path) {
        Ok(m) => m,
        Err(e) if force && e.raw_os_error() == Some(libc::ENOENT) => {
            return Ok(JsValue::undefined())
        }
        Err(e) => return Err(FsError::from_io(&e, "lstat", Some(&path)).throw(context)),
    };
    if meta.is_dir() {
        if !recursive {
            return Ok(js_string!("EISDIR").into());
        }
        std::fs::remove_dir_all(&path)
            .map_err(|e| FsError::from_io(&e, "rm", Some(&path)).throw(context))?;
    } else {
        std::fs::remove_file(&path)
            .map_err(|e| FsError::from_io(&e, "rm", Some(&path)).throw(context))?;
    }
    Ok(JsValue::undefined())
}

fn unlink(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let path = path_arg(args, 0);
    guard(context, &path, "unlink")?;
    let c = c_path(&path).map_err(|e| e.throw(context))?;
    // SAFETY: `c` is a valid NUL-terminated string.
    if unsafe { libc::unlink(c.as_ptr()) } != 0 {
        return Err(FsError::last("unlink", Some(&path)).throw(context));
    }
    Ok(JsValue::undefined())
}

fn rmdir(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let path = path_arg(args, 0);
    guard(context, &path, "rmdir")?;
    std::fs::remove_dir(&path)
        .map_err(|e| FsError::from_io(&e, "rmdir", Some(&path)).throw(context))?;
    Ok(JsValue::undefined())
}

/// `readdir(path)`: `[names, isDirectory flags, isFile flags]`, sorted
/// bytewise like libuv's scandir.
fn readdir(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let path = path_arg(args, 0);
    guard(context, &path, "scandir")?;
    let fail = |e: &std::io::Error, context: &mut Context| {
        FsError::from_io(e, "scandir", Some(&path)).throw(context)
    };
    let mut entries = Vec::new();
    for entry in std::fs::read_dir(&path).map_err(|e| fail(&e, context))? {
        let entry = entry.map_err(|e| fail(&e, context))?;
        let kind = entry.file_type().ok();
        entries.push((
            entry.file_name().as_bytes().to_vec(),
            kind.is_some_and(|k| k.is_dir()),
            kind.is_some_and(|k| k.is_file()),
            kind.is_some_and(|k| k.is_symlink()),
        ));
    }
    entries.sort();
    let names = entries
        .iter()
        .map(|e| JsValue::from(js_string!(String::from_utf8_lossy(&e.0).as_ref())));
    let names = JsArray::from_iter(names, context);
    let kinds = entries.iter().map(|e| {
        JsValue::from(if e.1 {
            2
        } else if e.2 {
            1
        } else if e.3 {
            3
        } else {
            0
        })
    });
    let kinds = JsArray::from_iter(kinds, context);
    Ok(JsArray::from_iter([names.into(), kinds.into()], context).into())
}

fn symlink(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let target = path_arg(args, 0);
    let path = path_arg(args, 1);
    guard(context, &path, "symlink")?;
    // Node's message reads `symlink 'target' -> 'path'`.
    std::os::unix::fs::symlink(&target, &path).map_err(|e| {
        FsError::from_io(&e, "symlink", Some(&format!("{target}' -> '{path}"))).throw(context)
    })?;
    Ok(JsValue::undefined())
}

/// `chmod(path, mode)`.
fn chmod(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let path = path_arg(args, 0);
    guard(context, &path, "chmod")?;
    let c = c_path(&path).map_err(|e| e.throw(context))?;
    // SAFETY: `c` is a valid NUL-terminated string.
    if unsafe { libc::chmod(c.as_ptr(), int_arg(args, 1, 0o666) as libc::mode_t) } != 0 {
        return Err(FsError::last("chmod", Some(&path)).throw(context));
    }
    Ok(JsValue::undefined())
}

/// `truncate(path, length)`: as Node's truncateSync, open 'r+' then ftruncate.
fn truncate(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let target = Target::Path(path_arg(args, 0));
    target_allowed(context, &target).map_err(|e| e.throw(context))?;
    let len = args.get(1).and_then(JsValue::as_number).unwrap_or(0.0) as libc::off_t;
    with_fd(&target, libc::O_RDWR, 0o666, |fd| {
        // SAFETY: ftruncate on an fd we opened.
        if unsafe { libc::ftruncate(fd, len) } != 0 {
            return Err(FsError::last("ftruncate", None));
        }
        Ok(())
    })
    .map_err(|e| e.throw(context))?;
    Ok(JsValue::undefined())
}
