//! Natives behind `fs` (`stdlib-js/fs.js`).
//!
//! `readFile` is one pool job: open, fstat, read to EOF, close, and the
//! decoding to a string, all on a worker. The bytes are read into an
//! `AlignedVec<u8>` that the main thread adopts as an ArrayBuffer, so a
//! completion costs the same for 5 bytes as for 64 MiB. Arguments arrive
//! validated by `fs.js` (Node's messages live there); errors are Node's
//! `UVException` objects made in `errors.rs`.
//!
//! Every path goes through the runtime's `Sandbox` (`sandbox.rs`): located
//! on the main thread when the call is made, resolved by the thread that
//! performs the system call. With an allow-list, fd arguments are limited
//! to the fds the script opened (`Host::script_fds`).

use super::buffer::{self, decode_owned, encode, new_buffer, Encoding, Text};
use crate::errors::uv_exception;
use crate::event_loop;
use crate::host::Host;
use crate::ops::strings::{invalid_length, MAX_LENGTH};
use crate::pool::Deliver;
use crate::sandbox::{FsPath, Kind};
use boa_engine::object::builtins::{AlignedVec, JsArray, JsPromise};
use boa_engine::object::ObjectInitializer;
use boa_engine::property::Attribute;
use boa_engine::{js_string, Context, JsError, JsObject, JsResult, JsValue};
use std::os::fd::{AsRawFd, FromRawFd, IntoRawFd, OwnedFd};
use std::os::unix::fs::MetadataExt;
use std::path::Path;

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
            crate::errors::add_stack(&err, context);
        }
        JsError::from_opaque(err)
    }
}

/// A successful result, as plain data.
pub enum Value {
    Undefined,
    /// A file the script opened: with an allow-list, it becomes one of its fds.
    Fd(i32),
    Bytes(AlignedVec<u8>),
    Text(Text),
}

impl Value {
    fn into_js(self, context: &mut Context) -> JsResult<JsValue> {
        Ok(match self {
            Value::Undefined => JsValue::undefined(),
            Value::Fd(fd) => {
                own(&Host::get(context), fd);
                fd.into()
            }
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

/// What to read or write: a path fs.js validated, or an fd.
enum Target {
    Path(FsPath),
    Fd(i32),
    /// For a pool job under an allow-list: a duplicate of the script's fd
    /// (shown as that number), so a `close` running first on another
    /// worker cannot hand the number to someone else's file meanwhile.
    Dup(i32, OwnedFd),
}

impl Target {
    /// `(path, fd)` arguments: a string path, else the number in `fd`.
    /// `pool`: the target goes to a pool job.
    fn from_args(
        args: &[JsValue],
        i: usize,
        context: &Context,
        pool: bool,
    ) -> Result<Target, FsError> {
        let host = Host::get(context);
        if let Some(s) = args.get(i).and_then(JsValue::as_string) {
            return Ok(Target::Path(
                host.config.sandbox.locate(s.to_std_string_lossy()),
            ));
        }
        let fd = script_fd(&host, int_arg(args, i + 1, -1));
        if !(pool && host.config.sandbox.is_active() && fd >= 0) {
            return Ok(Target::Fd(fd));
        }
        // SAFETY: F_DUPFD_CLOEXEC has no memory-safety preconditions.
        let copy = unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 0) };
        if copy < 0 {
            return Err(FsError::last("dup", None));
        }
        // SAFETY: fcntl returned a new fd that nothing else owns.
        Ok(Target::Dup(fd, unsafe { OwnedFd::from_raw_fd(copy) }))
    }

    fn detail(&self) -> String {
        match self {
            Target::Path(p) => p.shown().into_owned(),
            Target::Fd(fd) | Target::Dup(fd, _) => format!("fd {fd}"),
        }
    }
}

/// `fd` as the script may use it. With an allow-list, only the fds it
/// opened through `fs` (and 0-2) are its own; any other becomes -1, so the
/// call fails with EBADF named after its own system call, exactly as Node
/// reports a bad fd.
fn script_fd(host: &Host, fd: i32) -> i32 {
    let sandboxed = host.config.sandbox.is_active();
    if !sandboxed || (0..=2).contains(&fd) || host.script_fds.borrow().contains(&fd) {
        fd
    } else {
        -1
    }
}

/// Records `fd`, just opened by the script, as one of its own.
fn own(host: &Host, fd: i32) {
    if host.config.sandbox.is_active() {
        host.script_fds.borrow_mut().insert(fd);
    }
}

fn sys_close(fd: i32) -> Result<(), FsError> {
    // SAFETY: closing an fd has no memory-safety preconditions.
    if unsafe { libc::close(fd) } != 0 {
        return Err(FsError::last("close", None));
    }
    Ok(())
}

/// `open(2)` of `path`, with Node's error (`open 'path'`).
fn open_path(path: &FsPath, flags: i32, mode: u32) -> Result<OwnedFd, FsError> {
    path.open(flags, mode)
        .map_err(|e| FsError::from_io(&e, "open", Some(&path.shown())))
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
        Target::Dup(_, fd) => f(fd.as_raw_fd()),
        Target::Path(p) => {
            let fd = open_path(p, flags, mode)?.into_raw_fd();
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

/// Path argument `i`, located by the runtime's sandbox.
fn path_arg(args: &[JsValue], i: usize, context: &Context) -> FsPath {
    Host::get(context)
        .config
        .sandbox
        .locate(string_arg(args, i))
}

fn string_arg(args: &[JsValue], i: usize) -> String {
    args.get(i)
        .and_then(JsValue::as_string)
        .map(|s| s.to_std_string_lossy())
        .unwrap_or_default()
}

/// The error a synchronous call on `path` throws.
fn thrown(
    e: &std::io::Error,
    syscall: &'static str,
    path: &FsPath,
    context: &mut Context,
) -> JsError {
    FsError::from_io(e, syscall, Some(&path.shown())).throw(context)
}

/// `readFile(path | undefined, fd, flags, encoding, callback)`.
fn read_file_async(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let target = Target::from_args(args, 0, context, true);
    let flags = int_arg(args, 2, libc::O_RDONLY);
    let encoding = Encoding::from_value(args.get(3));
    let detail = target.as_ref().map(Target::detail).unwrap_or_default();
    submit(context, "fs.readFile", &detail, arg(args, 4), move || {
        read_file(&target?, flags, encoding)
    })
}

/// `readFilePromise(path | undefined, fd, flags, encoding)`: a promise of
/// the contents (fs.promises.readFile), settled from the pool job.
fn read_file_promise(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let target = Target::from_args(args, 0, context, true);
    let flags = int_arg(args, 2, libc::O_RDONLY);
    let encoding = Encoding::from_value(args.get(3));
    let (promise, resolvers) = JsPromise::new_pending(context);
    let handler = ObjectInitializer::new(context)
        .property(js_string!("resolve"), resolvers.resolve, Attribute::empty())
        .property(js_string!("reject"), resolvers.reject, Attribute::empty())
        .build();
    let detail = target.as_ref().map(Target::detail).unwrap_or_default();
    submit(context, "fs.readFile", &detail, handler.into(), move || {
        read_file(&target?, flags, encoding)
    })?;
    Ok(promise.into())
}

/// `readFileSync(path | undefined, fd, flags, encoding)`.
fn read_file_sync(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let target = Target::from_args(args, 0, context, false).map_err(|e| e.throw(context))?;
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
    let target = Target::from_args(args, 0, context, true);
    let flags = int_arg(args, 2, libc::O_WRONLY | libc::O_CREAT | libc::O_TRUNC);
    let mode = int_arg(args, 3, 0o666) as u32;
    let data = data_arg(args, 4, context)?;
    let detail = target.as_ref().map(Target::detail).unwrap_or_default();
    submit(context, "fs.writeFile", &detail, arg(args, 6), move || {
        with_fd(&target?, flags, mode, |fd| write_all(fd, &data)).map(|()| Value::Undefined)
    })
}

fn write_file_sync(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let target = Target::from_args(args, 0, context, false).map_err(|e| e.throw(context))?;
    let flags = int_arg(args, 2, libc::O_WRONLY | libc::O_CREAT | libc::O_TRUNC);
    let mode = int_arg(args, 3, 0o666) as u32;
    let data = data_arg(args, 4, context)?;
    with_fd(&target, flags, mode, |fd| write_all(fd, &data)).map_err(|e| e.throw(context))?;
    Ok(JsValue::undefined())
}

/// `open(path, flags, mode, callback)`.
fn open_async(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let path = path_arg(args, 0, context);
    let flags = int_arg(args, 1, libc::O_RDONLY);
    let mode = int_arg(args, 2, 0o666) as u32;
    let detail = path.shown().into_owned();
    submit(context, "fs.open", &detail, arg(args, 3), move || {
        open_path(&path, flags, mode).map(|fd| Value::Fd(fd.into_raw_fd()))
    })
}

fn open_sync(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let path = path_arg(args, 0, context);
    let flags = int_arg(args, 1, libc::O_RDONLY);
    let mode = int_arg(args, 2, 0o666) as u32;
    let fd = open_path(&path, flags, mode)
        .map_err(|e| e.throw(context))?
        .into_raw_fd();
    own(&Host::get(context), fd);
    Ok(fd.into())
}

/// The fd argument of a close: no longer the script's from now on.
fn closing_fd(args: &[JsValue], context: &Context) -> i32 {
    let host = Host::get(context);
    let fd = script_fd(&host, int_arg(args, 0, -1));
    host.script_fds.borrow_mut().remove(&fd);
    fd
}

/// `close(fd, callback)`.
fn close_async(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let fd = closing_fd(args, context);
    submit(
        context,
        "fs.close",
        &format!("fd {fd}"),
        arg(args, 1),
        move || sys_close(fd).map(|()| Value::Undefined),
    )
}

fn close_sync(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    sys_close(closing_fd(args, context)).map_err(|e| e.throw(context))?;
    Ok(JsValue::undefined())
}

/// `exists(path)`: whether `access(path, F_OK)` succeeds.
fn exists(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let path = path_arg(args, 0, context);
    Ok(path.access(libc::F_OK).is_ok().into())
}

/// `access(path, mode)`: throws like Node's accessSync.
fn access(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let path = path_arg(args, 0, context);
    path.access(int_arg(args, 1, libc::F_OK))
        .map_err(|e| thrown(&e, "access", &path, context))?;
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
    let path = path_arg(args, 0, context);
    let lstat = args.get(1).is_some_and(JsValue::to_boolean);
    let throw_if_missing = args.get(2).is_none_or(JsValue::to_boolean);
    match path.metadata(!lstat) {
        Ok(m) => Ok(stats_array(&m, context)),
        Err(e) => {
            let missing = matches!(e.raw_os_error(), Some(libc::ENOENT | libc::ENOTDIR));
            if missing && !throw_if_missing {
                return Ok(JsValue::undefined());
            }
            let syscall = if lstat { "lstat" } else { "stat" };
            Err(thrown(&e, syscall, &path, context))
        }
    }
}

fn fstat(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let fd = script_fd(&Host::get(context), int_arg(args, 0, -1));
    if fd < 0 {
        // Not the script's (std's File cannot even hold -1).
        let bad = std::io::Error::from_raw_os_error(libc::EBADF);
        return Err(FsError::from_io(&bad, "fstat", None).throw(context));
    }
    // The File must not close an fd it does not own.
    let file = std::mem::ManuallyDrop::new(unsafe_file(fd));
    match file.metadata() {
        Ok(m) => Ok(stats_array(&m, context)),
        Err(e) => Err(FsError::from_io(&e, "fstat", None).throw(context)),
    }
}

fn unsafe_file(fd: i32) -> std::fs::File {
    // SAFETY: the File is wrapped in ManuallyDrop by the caller and only
    // used for fstat; a bad fd makes fstat fail with EBADF.
    unsafe { std::fs::File::from_raw_fd(fd) }
}

/// `mkdir(path, recursive, mode)`: with `recursive`, the first directory
/// created (or undefined when there was nothing to create).
fn mkdir(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let text = string_arg(args, 0);
    let sandbox = Host::get(context).config.sandbox.clone();
    let path = sandbox.locate(&text);
    let recursive = args.get(1).is_some_and(JsValue::to_boolean);
    let mode = int_arg(args, 2, 0o777) as u32;
    if !recursive {
        path.mkdir(mode)
            .map_err(|e| thrown(&e, "mkdir", &path, context))?;
        return Ok(JsValue::undefined());
    }
    // As Node: walk up the text to the first existing ancestor, then create
    // downwards; each step is its own call, resolved beneath the root.
    let mut missing = Vec::new();
    let mut at = Path::new(&text);
    loop {
        match sandbox.locate(at).metadata(true) {
            Ok(m) if m.is_dir() => break,
            Ok(_) => {
                let errno = if missing.is_empty() {
                    libc::EEXIST
                } else {
                    libc::ENOTDIR
                };
                let e = std::io::Error::from_raw_os_error(errno);
                return Err(thrown(&e, "mkdir", &path, context));
            }
            Err(e) if e.raw_os_error() == Some(libc::ENOENT) => {
                missing.push(at);
                match at.parent() {
                    Some(p) if !p.as_os_str().is_empty() => at = p,
                    _ => break,
                }
            }
            Err(e) => return Err(thrown(&e, "mkdir", &path, context)),
        }
    }
    let first = missing.last().map(|p| p.to_string_lossy().into_owned());
    for dir in missing.iter().rev() {
        if let Err(e) = sandbox.locate(dir).mkdir(mode) {
            if e.kind() != std::io::ErrorKind::AlreadyExists {
                return Err(thrown(&e, "mkdir", &path, context));
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
    let path = path_arg(args, 0, context);
    let recursive = args.get(1).is_some_and(JsValue::to_boolean);
    let force = args.get(2).is_some_and(JsValue::to_boolean);
    let meta = match path.metadata(false) {
        Ok(m) => m,
        Err(e) if force && e.raw_os_error() == Some(libc::ENOENT) => {
            return Ok(JsValue::undefined())
        }
        Err(e) => return Err(thrown(&e, "lstat", &path, context)),
    };
    let removed = if !meta.is_dir() {
        path.unlink()
    } else if recursive {
        path.remove_tree()
    } else {
        return Ok(js_string!("EISDIR").into());
    };
    removed.map_err(|e| thrown(&e, "rm", &path, context))?;
    Ok(JsValue::undefined())
}

fn unlink(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let path = path_arg(args, 0, context);
    path.unlink()
        .map_err(|e| thrown(&e, "unlink", &path, context))?;
    Ok(JsValue::undefined())
}

fn rmdir(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let path = path_arg(args, 0, context);
    path.rmdir()
        .map_err(|e| thrown(&e, "rmdir", &path, context))?;
    Ok(JsValue::undefined())
}

/// `readdir(path)`: `[names, kinds]` (2 directory, 1 file, 3 symlink, 0
/// other), sorted bytewise like libuv's scandir.
fn readdir(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let path = path_arg(args, 0, context);
    let mut entries = path
        .read_dir()
        .map_err(|e| thrown(&e, "scandir", &path, context))?;
    entries.sort_by(|a, b| a.name.cmp(&b.name));
    let names = entries
        .iter()
        .map(|e| JsValue::from(js_string!(String::from_utf8_lossy(&e.name).as_ref())));
    let names = JsArray::from_iter(names, context);
    let kinds = entries.iter().map(|e| {
        JsValue::from(match e.kind {
            Kind::Dir => 2,
            Kind::File => 1,
            Kind::Symlink => 3,
            Kind::Other => 0,
        })
    });
    let kinds = JsArray::from_iter(kinds, context);
    Ok(JsArray::from_iter([names.into(), kinds.into()], context).into())
}

fn symlink(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let target = string_arg(args, 0);
    let path = path_arg(args, 1, context);
    path.symlink(&target).map_err(|e| {
        // Node's message reads `symlink 'target' -> 'path'`.
        let shown = format!("{target}' -> '{}", path.shown());
        FsError::from_io(&e, "symlink", Some(&shown)).throw(context)
    })?;
    Ok(JsValue::undefined())
}

/// `chmod(path, mode)`.
fn chmod(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let path = path_arg(args, 0, context);
    path.chmod(int_arg(args, 1, 0o666) as u32)
        .map_err(|e| thrown(&e, "chmod", &path, context))?;
    Ok(JsValue::undefined())
}

/// `truncate(path, length)`: as Node's truncateSync, open 'r+' then ftruncate.
fn truncate(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let target = Target::Path(path_arg(args, 0, context));
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
