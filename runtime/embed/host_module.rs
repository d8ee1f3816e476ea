//! The machinery behind the embedding API in `lib.rs`: host functions,
//! host async operations, host modules and values crossing the boundary.
//! The file-system allow-list is `sandbox.rs`.

use crate::host::Host;
use crate::kitchen;
use crate::kitchen::pool::{Deliver, Remote};
use boa_engine::object::builtins::JsPromise;
use boa_engine::object::{FunctionObjectBuilder, ObjectInitializer};
use boa_engine::property::Attribute;
use boa_engine::{
    js_string, Context, JsError, JsNativeError, JsObject, JsResult, JsValue, NativeFunction,
};
use serde_json::Value;
use std::rc::Rc;
use std::sync::Arc;

/// An error a host function returns: it becomes a JavaScript `Error` with
/// this message (and `code`, when set).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HostError {
    pub message: String,
    pub code: Option<String>,
}

/// A synchronous host function.
pub type HostFn = Rc<dyn Fn(&[Value]) -> Result<Value, HostError>>;
/// A host function run on the worker pool.
pub type PoolFn = Arc<dyn Fn(Vec<Value>) -> Result<Value, HostError> + Send + Sync>;
/// A host function completed later, from any thread, through a `Completer`.
pub type DeferredFn = Rc<dyn Fn(Vec<Value>, Completer)>;

/// Finishes one deferred host operation from any thread.
pub struct Completer {
    id: u64,
    remote: Remote,
}

impl Completer {
    /// Resolves the operation's promise with `value`.
    pub fn resolve(self, value: Value) -> bool {
        self.remote.complete(self.id, Box::new(Settle(Ok(value))))
    }

    /// Rejects the operation's promise with an `Error` built from `error`.
    pub fn reject(self, error: HostError) -> bool {
        self.remote.complete(self.id, Box::new(Settle(Err(error))))
    }
}

/// A host operation's outcome, settling its promise on the main thread.
struct Settle(Result<Value, HostError>);

impl Deliver for Settle {
    fn deliver(self: Box<Self>, handler: JsValue, context: &mut Context) -> JsResult<()> {
        let Some(resolvers) = handler.as_object() else {
            return Ok(());
        };
        let (key, value) = match self.0 {
            Ok(v) => ("resolve", JsValue::from_json(&v, context)?),
            Err(e) => ("reject", error_object(&e, context)),
        };
        let f = resolvers.get(js_string!(key), context)?;
        if let Some(f) = f.as_callable() {
            f.call(&JsValue::undefined(), &[value], context)?;
        }
        Ok(())
    }
}

/// The JavaScript `Error` for a host error.
fn error_object(error: &HostError, context: &mut Context) -> JsValue {
    let obj = JsNativeError::error()
        .with_message(error.message.clone())
        .into_opaque(context);
    if let Some(code) = &error.code {
        let _ = obj.set(
            js_string!("code"),
            js_string!(code.as_str()),
            false,
            context,
        );
    }
    obj.into()
}

/// JavaScript arguments as JSON values (functions and the like become null).
fn args_to_json(args: &[JsValue], context: &mut Context) -> JsResult<Vec<Value>> {
    args.iter()
        .map(|a| Ok(a.to_json(context)?.unwrap_or(Value::Null)))
        .collect()
}

/// A JavaScript function calling `f`.
pub fn sync_function(context: &mut Context, name: &str, f: HostFn) -> JsObject {
    // SAFETY: the closure captures only Rust data (an Rc of a Rust closure),
    // no GC-managed value, so nothing escapes the collector's tracing.
    let native = unsafe {
        NativeFunction::from_closure(move |_, args, context| {
            let args = args_to_json(args, context)?;
            match f(&args) {
                Ok(v) => JsValue::from_json(&v, context),
                Err(e) => Err(JsError::from_opaque(error_object(&e, context))),
            }
        })
    };
    function_object(context, name, native)
}

/// A JavaScript function returning a promise settled by `f` on the pool.
pub fn pool_function(context: &mut Context, name: &str, f: PoolFn) -> JsObject {
    promise_function(context, name, move |host, op, handler, args| {
        let f = f.clone();
        let work = Box::new(move || Box::new(Settle(f(args))) as Box<dyn Deliver>);
        kitchen::submit(&host.kitchen, op, "", handler, work).map(|_| ())
    })
}

/// A JavaScript function returning a promise the host settles later.
pub fn deferred_function(context: &mut Context, name: &str, f: DeferredFn) -> JsObject {
    promise_function(context, name, move |host, op, handler, args| {
        let id = kitchen::register_op(&host.kitchen, op, handler);
        let remote = host.kitchen.pool.remote();
        f(args, Completer { id, remote });
        Ok(())
    })
}

/// A JavaScript function that makes a pending promise and hands its
/// resolvers (as the op's handler) and the JSON arguments to `start`; the
/// operation is named `host:<name>` (as the loop tracer shows it).
fn promise_function(
    context: &mut Context,
    name: &str,
    start: impl Fn(&Host, &'static str, JsValue, Vec<Value>) -> JsResult<()> + 'static,
) -> JsObject {
    let op: &'static str = Box::leak(format!("host:{name}").into_boxed_str());
    // SAFETY: the closure captures only Rust data (the host's closure and a
    // &'static str), no GC-managed value.
    let native = unsafe {
        NativeFunction::from_closure(move |_, args, context| {
            let args = args_to_json(args, context)?;
            let (promise, handler) = pending_promise(context);
            start(&Host::get(context), op, handler, args)?;
            Ok(promise.into())
        })
    };
    function_object(context, name, native)
}

fn pending_promise(context: &mut Context) -> (JsPromise, JsValue) {
    let (promise, resolvers) = JsPromise::new_pending(context);
    let handler = ObjectInitializer::new(context)
        .property(js_string!("resolve"), resolvers.resolve, Attribute::all())
        .property(js_string!("reject"), resolvers.reject, Attribute::all())
        .build();
    (promise, handler.into())
}

fn function_object(context: &mut Context, name: &str, native: NativeFunction) -> JsObject {
    FunctionObjectBuilder::new(context.realm(), native)
        .name(js_string!(name))
        .length(0)
        .constructor(false)
        .build()
        .into()
}

/// Reads a JavaScript value back as Rust data.
pub fn to_json(value: &JsValue, context: &mut Context) -> JsResult<Value> {
    Ok(value.to_json(context)?.unwrap_or(Value::Null))
}

/// An exception that crossed into the host: its name, message and stack.
pub fn exception_parts(
    err: &JsError,
    context: &mut Context,
) -> (String, String, Option<String>, Value) {
    let value = crate::embed::lifecycle::error_value(err, context);
    let get = |obj: &JsObject, key: &str, context: &mut Context| {
        obj.get(js_string!(key), context)
            .ok()
            .and_then(|v| v.as_string().map(|s| s.to_std_string_lossy()))
    };
    match value.as_object() {
        Some(obj) if crate::report::is_error(&value) => {
            let name = get(&obj, "name", context).unwrap_or_else(|| "Error".into());
            let message = get(&obj, "message", context).unwrap_or_default();
            let stack = get(&obj, "stack", context);
            let json = to_json(&value, context).unwrap_or(Value::Null);
            (name, message, stack, json)
        }
        _ => {
            let message = crate::stdlib::inspect(context, &value);
            let json = to_json(&value, context).unwrap_or(Value::Null);
            (String::new(), message, None, json)
        }
    }
}

/// A host module's exports object from (name, function) pairs.
pub fn module_object(context: &mut Context, functions: Vec<(String, JsObject)>) -> JsObject {
    let mut init = ObjectInitializer::new(context);
    for (name, f) in functions {
        init.property(js_string!(name.as_str()), f, Attribute::all());
    }
    init.build()
}

/// A set of host functions that scripts load with `require('host:<name>')`.
///
/// ```
/// use sous::{HostModule, Value};
/// let module = HostModule::new().function("add", |args| {
///     Ok(Value::from(args[0].as_f64().unwrap_or(0.0) + args[1].as_f64().unwrap_or(0.0)))
/// });
/// let mut rt = sous::Runtime::builder().build().unwrap();
/// rt.register_module("math", module);
/// assert_eq!(rt.eval_json("require('host:math').add(2, 3)").unwrap(), Value::from(5.0));
/// ```
#[derive(Default)]
pub struct HostModule {
    pub(super) functions: Vec<(String, HostFunction)>,
}

pub(super) enum HostFunction {
    Sync(HostFn),
    Pool(PoolFn),
    Deferred(DeferredFn),
}

impl HostModule {
    /// An empty module.
    ///
    /// ```
    /// let module = sous::HostModule::new();
    /// ```
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a synchronous function (arguments and result as JSON values; an
    /// `Err` is thrown as an `Error` with its message and `code`).
    ///
    /// ```
    /// let m = sous::HostModule::new().function("hello", |_| Ok("hi".into()));
    /// ```
    pub fn function(
        mut self,
        name: &str,
        f: impl Fn(&[Value]) -> Result<Value, HostError> + 'static,
    ) -> Self {
        self.functions
            .push((name.into(), HostFunction::Sync(Rc::new(f))));
        self
    }

    /// Adds an asynchronous function run on the worker pool: JavaScript
    /// gets a Promise, settled on the main thread when `f` returns.
    ///
    /// ```
    /// let m = sous::HostModule::new().pool_function("slow", |args| Ok(args[0].clone()));
    /// ```
    pub fn pool_function(
        mut self,
        name: &str,
        f: impl Fn(Vec<Value>) -> Result<Value, HostError> + Send + Sync + 'static,
    ) -> Self {
        self.functions
            .push((name.into(), HostFunction::Pool(std::sync::Arc::new(f))));
        self
    }

    /// Adds an asynchronous function the host completes itself, from any
    /// thread, through the [`Completer`] it is handed. The loop stays alive
    /// until it is completed.
    ///
    /// ```
    /// let m = sous::HostModule::new().deferred_function("later", |args, done| {
    ///     std::thread::spawn(move || done.resolve(args[0].clone()));
    /// });
    /// ```
    pub fn deferred_function(
        mut self,
        name: &str,
        f: impl Fn(Vec<Value>, Completer) + 'static,
    ) -> Self {
        self.functions
            .push((name.into(), HostFunction::Deferred(Rc::new(f))));
        self
    }
}

impl HostError {
    /// An error with a message.
    ///
    /// ```
    /// let e = sous::HostError::new("no such key");
    /// ```
    pub fn new(message: impl Into<String>) -> Self {
        Self {
            message: message.into(),
            code: None,
        }
    }

    /// The error's `code` property in JavaScript.
    ///
    /// ```
    /// let e = sous::HostError::new("no such key").with_code("ENOKEY");
    /// assert_eq!(e.code.as_deref(), Some("ENOKEY"));
    /// ```
    pub fn with_code(mut self, code: impl Into<String>) -> Self {
        self.code = Some(code.into());
        self
    }
}
