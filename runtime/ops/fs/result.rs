//! What an fs call produces off the main thread, as plain data (a value or
//! an `FsError`), and how it reaches JavaScript: a callback or a promise.

use crate::errors::uv_exception;
use crate::guards::strings::{invalid_length, MAX_LENGTH};
use crate::host::Host;
use crate::kitchen;
use crate::kitchen::pool::Deliver;
use crate::ops::buffer::{new_buffer, Text};
use boa_engine::object::builtins::AlignedVec;
use boa_engine::{js_string, Context, JsError, JsResult, JsValue};

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
    pub(super) fn last(syscall: &'static str, path: Option<&str>) -> FsError {
        Self::from_io(&std::io::Error::last_os_error(), syscall, path)
    }

    pub(super) fn from_io(
        e: &std::io::Error,
        syscall: &'static str,
        path: Option<&str>,
    ) -> FsError {
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
            FsError::StringTooLong => crate::guards::strings::too_long(context)
                .into_opaque(context)
                .unwrap_or_default(),
        }
    }

    /// The error thrown by a synchronous call: the same object, with the
    /// stack frames of the caller (as Node's sync fs errors have).
    pub(super) fn throw(&self, context: &mut Context) -> JsError {
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
    pub(super) fn into_js(self, context: &mut Context) -> JsResult<JsValue> {
        Ok(match self {
            Value::Undefined => JsValue::undefined(),
            Value::Fd(fd) => {
                Host::get(context).own_fd(fd);
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
pub(super) fn submit(
    context: &mut Context,
    op: &'static str,
    detail: &str,
    callback: JsValue,
    work: impl FnOnce() -> Result<Value, FsError> + Send + 'static,
) -> JsResult<JsValue> {
    let host = Host::get(context);
    kitchen::submit(
        &host.kitchen,
        op,
        detail,
        callback,
        Box::new(move || Box::new(Done(work())) as Box<dyn Deliver>),
    )?;
    Ok(JsValue::undefined())
}
