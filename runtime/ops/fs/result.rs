//! What an fs call produces off the main thread, as plain data (a value or
//! an `FsError`), and how it reaches JavaScript: a callback or a promise.

use crate::errors::uv_exception_to;
use crate::guards::strings::{invalid_length, MAX_LENGTH};
use crate::host::Host;
use crate::kitchen;
use crate::kitchen::pool::Deliver;
use crate::ops::buffer::{new_buffer, Text};
use boa_engine::object::builtins::{AlignedVec, JsArray, JsPromise};
use boa_engine::object::ObjectInitializer;
use boa_engine::property::Attribute;
use boa_engine::{js_string, Context, JsError, JsResult, JsValue};

/// A failed fs call, as plain data until it reaches the main thread.
#[derive(Debug)]
pub enum FsError {
    /// A system call failed: `CODE: description, syscall 'path'`.
    Sys {
        errno: i32,
        syscall: &'static str,
        path: Option<String>,
        /// The second path of a two-path call (`rename 'a' -> 'b'`).
        dest: Option<String>,
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
            dest: None,
        }
    }

    /// The same error for a two-path call: `syscall 'path' -> 'dest'`.
    pub(super) fn with_dest(mut self, to: &str) -> FsError {
        if let FsError::Sys { dest, .. } = &mut self {
            *dest = Some(to.to_owned());
        }
        self
    }

    /// Whether the call was interrupted by a signal (and is to be retried).
    pub(super) fn interrupted(&self) -> bool {
        matches!(
            self,
            FsError::Sys {
                errno: libc::EINTR,
                ..
            }
        )
    }

    /// An error `errno` (not read from the OS).
    pub(super) fn errno(errno: i32, syscall: &'static str, path: Option<&str>) -> FsError {
        Self::from_io(&std::io::Error::from_raw_os_error(errno), syscall, path)
    }

    /// The error object (main thread).
    fn to_js(&self, context: &mut Context) -> JsValue {
        match self {
            FsError::Sys {
                errno,
                syscall,
                path,
                dest,
            } => uv_exception_to(context, *errno, syscall, path.as_deref(), dest.as_deref()).into(),
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
    Number(f64),
    Str(String),
    /// Numbers JavaScript turns into an object (Stats, StatFs).
    Numbers(Vec<f64>),
    /// A Stats object's fields.
    Stats(Box<super::stats::StatFields>),
    /// Directory entries: `[names, kinds]`.
    Entries(Vec<(String, u8)>),
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
            Value::Number(n) => n.into(),
            Value::Stats(fields) => fields.into_js(context)?,
            Value::Str(s) => js_string!(s).into(),
            Value::Numbers(v) => {
                JsArray::from_iter(v.into_iter().map(JsValue::from), context).into()
            }
            Value::Entries(entries) => {
                let names = entries
                    .iter()
                    .map(|(n, _)| JsValue::from(js_string!(n.as_str())));
                let names = JsArray::from_iter(names, context);
                let kinds =
                    JsArray::from_iter(entries.iter().map(|(_, k)| JsValue::from(*k)), context);
                JsArray::from_iter([names.into(), kinds.into()], context).into()
            }
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
                // `callback(null)` for a call with no result, as Node.
                Ok(value) if value.is_undefined() => vec![JsValue::null()],
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

/// Runs an fs call in the form `req` asks for, as Node's bindings do:
/// `undefined` runs it now and throws its error (the sync form), a function
/// is the callback of a pool job, anything else makes it a pool job whose
/// promise is returned (fs.promises).
pub(super) fn run(
    context: &mut Context,
    req: &JsValue,
    op: &'static str,
    detail: &str,
    work: impl FnOnce() -> Result<Value, FsError> + Send + 'static,
) -> JsResult<JsValue> {
    if req.is_undefined() {
        return match work() {
            Ok(v) => v.into_js(context),
            Err(e) => Err(e.throw(context)),
        };
    }
    if req.is_callable() {
        return submit(context, op, detail, req.clone(), work);
    }
    let (promise, resolvers) = promise_handler(context);
    submit(context, op, detail, resolvers, work)?;
    Ok(promise)
}

/// A pending promise, and the `{ resolve, reject }` handler that settles it.
pub(super) fn promise_handler(context: &mut Context) -> (JsValue, JsValue) {
    let (promise, resolvers) = JsPromise::new_pending(context);
    let handler = ObjectInitializer::new(context)
        .property(js_string!("resolve"), resolvers.resolve, Attribute::empty())
        .property(js_string!("reject"), resolvers.reject, Attribute::empty())
        .build();
    (promise.into(), handler.into())
}
