//! # sous
//!
//! A small, fast, Node-compatible JavaScript runtime: Boa runs the
//! JavaScript on one thread, a mio reactor and a pool of worker threads do
//! the waiting and the blocking work, and every completion runs as a
//! JavaScript callback back on that thread — Node's event loop, as a
//! library.
//!
//! ```
//! use sous::{Runtime, Sink};
//! let out = Sink::capture();
//! let mut runtime = Runtime::builder().stdout(out.clone()).build().unwrap();
//! runtime.eval("setTimeout(() => console.log('timer fired'), 10)").unwrap();
//! assert_eq!(runtime.run_event_loop(), 0);
//! assert_eq!(out.text(), "timer fired\n");
//! ```
//!
//! Hosts extend it with their own functions, synchronous or asynchronous
//! (run on the worker pool, or completed later from any thread), as globals
//! or as `host:` modules:
//!
//! ```
//! use sous::{HostError, HostModule, Runtime, Value};
//! let mut runtime = Runtime::builder().build().unwrap();
//! runtime.register_module(
//!     "kv",
//!     HostModule::new()
//!         .function("get", |args| Ok(Value::from(format!("value of {}", args[0]))))
//!         .pool_function("slowGet", |args| Ok(args[0].clone())),
//! );
//! let v = runtime.eval_json("require('host:kv').get('a')").unwrap();
//! assert_eq!(v, Value::from("value of \"a\""));
//! ```
//!
//! A `Runtime` is not `Send`: create and drive it on one thread. Deep
//! JavaScript recursion needs a deep native stack; [`on_large_stack`] runs a
//! closure on a thread that has one, as the `sous` binary does. Any thread
//! is safe: the runtime measures the stack it is given and scripts that
//! would overflow it get Node's `RangeError: Maximum call stack size
//! exceeded` instead. A small stack only lowers the limits: recursion to
//! 10,800 frames needs about 22 MiB (on 8 MiB: about 4,000 frames), and
//! source nesting to 1,000 levels about 64 MiB (on 8 MiB: about 120
//! levels; on a 2 MiB thread: 24).

// `Exception` is returned by value so hosts read its fields directly; it
// exists only on the error path, where its size does not matter.
#![allow(clippy::result_large_err)]

mod embed;
mod errors;
mod event_loop;
mod host;
mod jobs;
mod lifecycle;
mod modules;
mod nesting;
mod ops;
mod pool;
mod reactor;
mod repl;
mod report;
mod sandbox;
mod stdio;
mod stdlib;
mod syntax_errors;
mod timers;
pub mod trace;

pub use embed::{Completer, HostError};
pub use serde_json::Value;
pub use stdio::Sink;

use boa_engine::builtins::promise::{OperationType, Promise};
use boa_engine::context::{ContextBuilder, HostHooks};
use boa_engine::realm::Realm;
pub use boa_engine::JsValue;
use boa_engine::{Context, JsError, JsObject, JsResult, JsString, Source};
use host::{Config, Host, Immediates, Protos};
use std::cell::{Cell, RefCell};
use std::collections::{HashMap, VecDeque};
use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::time::Instant;

/// Node's exit code for a main module stuck in a top-level await.
const UNSETTLED_TOP_LEVEL_AWAIT: i32 = 13;

/// Node's depth for a plain recursive function is about 10,800 frames.
const RECURSION_LIMIT: usize = 10_800;

/// The native stack [`on_large_stack`] gives JavaScript: enough for
/// `RECURSION_LIMIT` frames even when each re-enters through a native
/// (`[1].map(f)`). Only the pages touched are ever committed.
pub const LARGE_STACK: usize = 1 << 30;

/// Runs `f` on a thread with a [`LARGE_STACK`]-sized stack and returns its
/// result. If the OS refuses such a thread (a low `ulimit -v`, no threads
/// left), `f` runs on the calling thread: the runtime then bounds recursion
/// and nesting by the stack it finds there (see the crate docs).
pub fn on_large_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    use std::sync::{Arc, Mutex};
    let slot = Arc::new(Mutex::new(Some(f)));
    let theirs = slot.clone();
    let spawned = std::thread::Builder::new()
        .name("sous-main".into())
        .stack_size(LARGE_STACK)
        .spawn(move || {
            let f = theirs.lock().unwrap_or_else(|e| e.into_inner()).take();
            f.map(|f| f())
        });
    let ran = match spawned {
        Ok(thread) => thread
            .join()
            .unwrap_or_else(|e| std::panic::resume_unwind(e)),
        Err(_) => None,
    };
    match ran {
        Some(value) => value,
        None => {
            let f = slot.lock().unwrap_or_else(|e| e.into_inner()).take();
            // The closure is taken exactly once: by the thread, or here.
            f.map(|f| f())
                .unwrap_or_else(|| unreachable!("ran on neither thread"))
        }
    }
}

/// Configures a [`Runtime`].
#[derive(Default)]
pub struct RuntimeBuilder {
    args: Vec<String>,
    exec_path: Option<String>,
    cwd: Option<PathBuf>,
    env: Option<Vec<(String, String)>>,
    pool_size: Option<usize>,
    stdout: Sink,
    stderr: Sink,
    tracer: Option<Box<dyn trace::Tracer>>,
    no_builtins: bool,
    allow: Option<Vec<PathBuf>>,
}

impl RuntimeBuilder {
    /// Arguments after the script path (`process.argv.slice(2)`).
    pub fn args<I, S>(mut self, args: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.args = args.into_iter().map(Into::into).collect();
        self
    }

    /// `process.execPath` (default: this executable).
    pub fn exec_path(mut self, path: impl Into<String>) -> Self {
        self.exec_path = Some(path.into());
        self
    }

    /// The working directory relative paths resolve against (default: the process's).
    pub fn cwd(mut self, dir: impl Into<PathBuf>) -> Self {
        self.cwd = Some(dir.into());
        self
    }

    /// `process.env` (default: the process's environment).
    pub fn env<I, K, V>(mut self, vars: I) -> Self
    where
        I: IntoIterator<Item = (K, V)>,
        K: Into<String>,
        V: Into<String>,
    {
        self.env = Some(
            vars.into_iter()
                .map(|(k, v)| (k.into(), v.into()))
                .collect(),
        );
        self
    }

    /// Worker threads for blocking work (default: `SOUS_THREADPOOL_SIZE` or 4).
    pub fn pool_size(mut self, size: usize) -> Self {
        self.pool_size = Some(size);
        self
    }

    /// Where the script's stdout goes.
    pub fn stdout(mut self, sink: Sink) -> Self {
        self.stdout = sink;
        self
    }

    /// Where the script's stderr goes (error reports included).
    pub fn stderr(mut self, sink: Sink) -> Self {
        self.stderr = sink;
        self
    }

    /// Whether scripts may `require('fs')` and the other Node builtins
    /// (default: yes). Globals such as `console`, `setTimeout` and `process`
    /// stay either way.
    ///
    /// ```
    /// let mut rt = sous::Runtime::builder().builtins(false).build().unwrap();
    /// let err = rt.eval_json("require('fs')").unwrap_err();
    /// assert!(err.message.starts_with("Cannot find module 'fs'"));
    /// ```
    pub fn builtins(mut self, available: bool) -> Self {
        self.no_builtins = !available;
        self
    }

    /// Confines every file the script touches — `fs` calls, `process.chdir`,
    /// and the modules `require` and `import` load — to these directories
    /// and what lies beneath them.
    ///
    /// **The guarantee:** no path a script gives, whatever its `..`,
    /// symlinks (dangling, absolute or relative, created by the script or
    /// swapped in while an asynchronous call is pending), `/proc/self/...`
    /// or `/dev/fd/...` links or `file:` URLs, reads, writes, creates,
    /// removes or inspects anything outside the roots; and `fs` calls on an
    /// fd work only on fds the script opened through `fs` (and 0, 1, 2):
    /// any other fd is `EBADF`, as a closed one.
    ///
    /// **How it is enforced:** each root is opened once, here in
    /// [`build`](Self::build), as a directory handle (after `realpath`). A
    /// path is made absolute against the current directory at the time of
    /// the call and matched to the root it lies under by its leading
    /// components; the rest is resolved by the kernel with `openat2(root,
    /// rest, RESOLVE_BENEATH | RESOLVE_NO_MAGICLINKS)`, on the thread that
    /// makes the system call (a pool worker for the asynchronous forms), so
    /// there is no window between a check and the use. Calls on a directory
    /// entry (mkdir, unlink, rmdir, symlink, rm) open its parent that way
    /// and use the `*at()` call on the last name. Linux 5.6 or later is
    /// needed (`openat2`); where the kernel refuses it, `build` fails
    /// rather than check strings.
    ///
    /// **What a script sees:** an `fs` call outside the roots fails with
    /// `EACCES`, the same whether the target exists or not; a module outside
    /// them is `MODULE_NOT_FOUND` (`ERR_MODULE_NOT_FOUND` for `import`), as a
    /// missing one. A path that leaves a root and comes back in
    /// (`root/../root/x`) is refused. A hard link that the host itself put
    /// inside a root is a file inside it (a script cannot make one: sous
    /// has no `fs.link`). Roots that do not exist make `build` fail.
    ///
    /// ```
    /// let dir = std::env::temp_dir();
    /// let mut rt = sous::Runtime::builder().allow_paths([dir]).build().unwrap();
    /// let err = rt.eval_json("require('/etc/hostname')").unwrap_err();
    /// assert_eq!(err.value["code"], "MODULE_NOT_FOUND");
    /// let err = rt.eval_json("require('fs').readFileSync('/etc/hostname')").unwrap_err();
    /// assert_eq!(err.value["code"], "EACCES");
    /// ```
    pub fn allow_paths<I, P>(mut self, roots: I) -> Self
    where
        I: IntoIterator<Item = P>,
        P: Into<PathBuf>,
    {
        self.allow = Some(roots.into_iter().map(Into::into).collect());
        self
    }

    /// Receives the event loop's events (see [`trace::Tracer`]): sous ships
    /// [`trace::TimelineTracer`] (`--trace-loop`) and [`trace::JsonTracer`]
    /// (`--trace-loop=json`). Without one, the loop records nothing.
    pub fn tracer(mut self, tracer: Box<dyn trace::Tracer>) -> Self {
        self.tracer = Some(tracer);
        self
    }

    /// Builds the runtime: a Boa context with sous's globals, the reactor
    /// and the worker pool.
    pub fn build(self) -> Result<Runtime, BuildError> {
        let jobs = Rc::new(jobs::JobQueue::default());
        let mut context = ContextBuilder::new()
            .job_executor(jobs.clone())
            .module_loader(Rc::new(modules::Loader::default()))
            .host_hooks(Rc::new(Hooks))
            .build()
            .map_err(|e| BuildError(e.to_string()))?;
        let limits = context.runtime_limits_mut();
        let recursion_limit = ops::stack_guard::recursion_limit(RECURSION_LIMIT);
        limits.set_recursion_limit(recursion_limit);
        limits.set_stack_size_limit(recursion_limit * 1024);
        limits.set_backtrace_limit(10);

        let reactor = reactor::Reactor::new().map_err(|e| BuildError(e.to_string()))?;
        let pool_size = self
            .pool_size
            .or_else(|| std::env::var("SOUS_THREADPOOL_SIZE").ok()?.parse().ok())
            .unwrap_or(pool::DEFAULT_SIZE);
        let pool = pool::Pool::new(pool_size, reactor.waker());
        if let Some(cwd) = &self.cwd {
            std::env::set_current_dir(cwd)
                .map_err(|e| BuildError(format!("cwd {}: {e}", cwd.display())))?;
        }
        let sandbox = match &self.allow {
            Some(roots) => sandbox::Sandbox::new(roots).map_err(BuildError)?,
            None => sandbox::Sandbox::default(),
        };
        let exec_path = self.exec_path.unwrap_or_else(|| {
            std::env::current_exe()
                .map(|p| p.to_string_lossy().into_owned())
                .unwrap_or_else(|_| "sous".into())
        });
        let mut argv = vec![exec_path.clone()];
        argv.extend(self.args);
        let (timeout, immediate) = ops::timers::prototypes(&mut context);
        let host = Rc::new(Host {
            config: Config {
                builtins: !self.no_builtins,
                sandbox,
                argv: RefCell::new(argv),
                exec_path,
                env: self.env.unwrap_or_else(process_env),
            },
            origin: Instant::now(),
            timers: RefCell::default(),
            immediates: RefCell::new(Immediates::default()),
            ticks: RefCell::new(VecDeque::new()),
            jobs,
            ops: RefCell::new(HashMap::new()),
            refed_ops: Cell::new(0),
            next_op_id: Cell::new(1),
            pool,
            reactor: RefCell::new(reactor),
            stdio: RefCell::new(stdio::Stdio::new(&self.stdout, &self.stderr)),
            process: RefCell::new(None),
            rejections: RefCell::new(Vec::new()),
            exit: Cell::new(None),
            next_id: Cell::new(1),
            protos: Protos { timeout, immediate },
            builtins: RefCell::new(HashMap::new()),
            bindings: RefCell::new(HashMap::new()),
            known_timers: RefCell::new(HashMap::new()),
            sources: RefCell::new(HashMap::new()),
            host_modules: RefCell::new(HashMap::new()),
            wrapped: RefCell::new(Default::default()),
            tracer: RefCell::new(self.tracer),
            console_indent: Cell::new(0),
            ticks_run: Cell::new(0),
            turns: Cell::new(0),
            interrupt: Default::default(),
            wake_by: Cell::new(None),
            running_timeout: RefCell::new(None),
            running_op: Cell::new(None),
            warned_once: RefCell::default(),
            feed: RefCell::new(None),
            script_fds: RefCell::default(),
        });
        if let Some(t) = host.tracer.borrow_mut().as_deref_mut() {
            let weak = Rc::downgrade(&host);
            t.sources(Box::new(move |path| {
                modules::source_text(&*weak.upgrade()?, path)
            }));
        }
        context.insert_data(host.clone());
        ops::install(&mut context).map_err(|e| BuildError(e.to_string()))?;
        stdlib::require(&mut context, "internal/bootstrap")
            .map_err(|e| BuildError(e.to_string()))?;
        Ok(Runtime {
            context,
            host,
            finished: Cell::new(None),
        })
    }
}

/// Building a runtime failed (the OS refused a poller, a thread, ...).
#[derive(Debug)]
pub struct BuildError(String);

impl std::fmt::Display for BuildError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "cannot start sous: {}", self.0)
    }
}

impl std::error::Error for BuildError {}

/// Boa's host hooks: unhandled-rejection tracking for Node's rules, and the
/// nesting bound on source that `eval` and `new Function` compile.
struct Hooks;

impl HostHooks for Hooks {
    /// Boa asks before it parses the text of a direct or indirect `eval`
    /// and of the `Function` constructors (all four kinds).
    fn ensure_can_compile_strings(
        &self,
        _realm: Realm,
        parameters: &[JsString],
        body: &JsString,
        _direct: bool,
        _context: &mut Context,
    ) -> JsResult<()> {
        parameters
            .iter()
            .chain(std::iter::once(body))
            .try_for_each(nesting::check_js)
    }

    fn promise_rejection_tracker(
        &self,
        promise: &JsObject<Promise>,
        op: OperationType,
        context: &mut Context,
    ) {
        if let Some(host) = context.get_data::<Rc<Host>>().cloned() {
            lifecycle::track_rejection(
                &host,
                promise.clone().upcast(),
                op == OperationType::Handle,
            );
        }
    }
}

/// A JavaScript runtime with Node's event loop.
///
/// ```
/// let mut rt = sous::Runtime::builder().build().unwrap();
/// rt.eval("globalThis.answer = 6 * 7").unwrap();
/// assert_eq!(rt.get_global("answer").unwrap(), sous::Value::from(42));
/// ```
pub struct Runtime {
    context: Context,
    host: Rc<Host>,
    /// The exit code once the loop has ended (polling again returns it).
    finished: Cell<Option<i32>>,
}

/// A JavaScript exception that reached the host: as Rust data.
#[derive(Debug, Clone, PartialEq)]
pub struct Exception {
    /// The error's `name` (`TypeError`, ...); empty for a thrown non-Error.
    pub name: String,
    /// The error's `message`, or the thrown value as `util.inspect` shows it.
    pub message: String,
    /// The error's `stack` (with its `Name: message` header), if any.
    pub stack: Option<String>,
    /// The thrown value as JSON (an Error's own enumerable properties, such
    /// as `code`, are here).
    pub value: Value,
}

impl std::fmt::Display for Exception {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.name.is_empty() {
            write!(f, "Uncaught {}", self.message)
        } else {
            write!(f, "{}: {}", self.name, self.message)
        }
    }
}

impl std::error::Error for Exception {}

/// What one step of the loop ([`Runtime::poll`]) left behind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Poll {
    /// Work is still pending: call `poll` again.
    Pending,
    /// Nothing is left; the script ended with this exit code.
    Exited(i32),
}

/// Stops a runtime from another thread (see [`Runtime::interrupt_handle`]).
#[derive(Clone)]
pub struct InterruptHandle {
    flag: std::sync::Arc<std::sync::atomic::AtomicBool>,
    waker: std::sync::Arc<mio::Waker>,
}

impl InterruptHandle {
    /// Asks the runtime to stop. The loop ends before its next callback
    /// (exit code 130, as for SIGINT); a callback that is running at that
    /// moment is not cut short: Boa has no way to interrupt running
    /// JavaScript, so `while (true) {}` cannot be stopped this way.
    ///
    /// ```
    /// let mut rt = sous::Runtime::builder().build().unwrap();
    /// let stop = rt.interrupt_handle();
    /// rt.eval("setInterval(() => {}, 5)").unwrap();
    /// std::thread::spawn(move || {
    ///     std::thread::sleep(std::time::Duration::from_millis(50));
    ///     stop.interrupt();
    /// });
    /// assert_eq!(rt.run_event_loop(), 130);
    /// ```
    pub fn interrupt(&self) {
        self.flag.store(true, std::sync::atomic::Ordering::SeqCst);
        let _ = self.waker.wake();
    }
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
    functions: Vec<(String, HostFunction)>,
}

enum HostFunction {
    Sync(embed::HostFn),
    Pool(embed::PoolFn),
    Deferred(embed::DeferredFn),
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

impl Runtime {
    /// Starts configuring a runtime.
    ///
    /// ```
    /// let rt = sous::Runtime::builder().args(["--verbose"]).build().unwrap();
    /// ```
    pub fn builder() -> RuntimeBuilder {
        RuntimeBuilder::default()
    }

    /// Runs `path` as the main CommonJS module, then the event loop until
    /// nothing is pending. Returns the process exit code (as Node's); an
    /// uncaught error is reported on the runtime's stderr.
    ///
    /// ```
    /// let dir = std::env::temp_dir().join("sous-doc-run-file");
    /// std::fs::create_dir_all(&dir).unwrap();
    /// std::fs::write(dir.join("main.js"), "process.exitCode = 3").unwrap();
    /// let mut rt = sous::Runtime::builder().build().unwrap();
    /// assert_eq!(rt.run_file(dir.join("main.js")), 3);
    /// ```
    pub fn run_file(&mut self, path: impl AsRef<Path>) -> i32 {
        let path = absolute(path.as_ref());
        self.host
            .config
            .argv
            .borrow_mut()
            .insert(1, path.to_string_lossy().into_owned());
        if !self.host.config.sandbox.locate(&path).is_file() {
            let err = modules::main_not_found(&mut self.context, &path);
            return self.fail(err);
        }
        match modules::run_main(&mut self.context, &path) {
            Ok(()) => self.run_event_loop(),
            Err(err) => self.fail(err),
        }
    }

    /// Runs `code` as the main script (Node's `-e`: `require` and friends
    /// are defined) and returns its completion value once the microtasks it
    /// queued have run. An uncaught error is reported and its exit code
    /// returned. Timers and I/O wait for [`Runtime::run_event_loop`].
    ///
    /// ```
    /// let mut rt = sous::Runtime::builder().build().unwrap();
    /// let v = rt.eval_main("typeof require").unwrap();
    /// assert_eq!(rt.to_json(&v).unwrap(), sous::Value::from("function"));
    /// ```
    pub fn eval_main(&mut self, code: &str) -> Result<JsValue, i32> {
        let path = absolute(Path::new("[eval]"));
        match modules::eval_main(&mut self.context, code, &path) {
            Ok(value) => match event_loop::drain(&self.host, &mut self.context) {
                Ok(()) => Ok(value),
                Err(stop) => Err(lifecycle::finish(&self.host, &mut self.context, Some(stop))),
            },
            Err(err) => Err(self.fail(err)),
        }
    }

    /// Evaluates `code` as a global script and returns its value; the
    /// microtasks it queued have run. Errors come back to the caller.
    ///
    /// ```
    /// let mut rt = sous::Runtime::builder().build().unwrap();
    /// assert!(rt.eval("1 + 1").is_ok());
    /// assert!(rt.eval("null.x").is_err());
    /// ```
    pub fn eval(&mut self, code: &str) -> Result<JsValue, Exception> {
        self.define_eval_require()?;
        let parsed =
            nesting::check(code).and_then(|()| self.context.eval(Source::from_bytes(code)));
        match parsed {
            Ok(value) => {
                let _ = event_loop::drain(&self.host, &mut self.context);
                Ok(value)
            }
            Err(err) => Err(self.exception(&err)),
        }
    }

    /// Evaluates `code` and returns its value as JSON data.
    ///
    /// ```
    /// let mut rt = sous::Runtime::builder().build().unwrap();
    /// let v = rt.eval_json("({ a: [1, 'two'] })").unwrap();
    /// assert_eq!(v, serde_json::json!({ "a": [1, "two"] }));
    /// let e = rt.eval_json("throw new TypeError('bad')").unwrap_err();
    /// assert_eq!((e.name.as_str(), e.message.as_str()), ("TypeError", "bad"));
    /// ```
    pub fn eval_json(&mut self, code: &str) -> Result<Value, Exception> {
        let value = self.eval(code)?;
        self.to_json(&value)
    }

    /// A global variable's value as JSON data.
    ///
    /// ```
    /// let mut rt = sous::Runtime::builder().build().unwrap();
    /// rt.eval("var greeting = 'hi'").unwrap();
    /// assert_eq!(rt.get_global("greeting").unwrap(), sous::Value::from("hi"));
    /// ```
    pub fn get_global(&mut self, name: &str) -> Result<Value, Exception> {
        let global = self.context.global_object();
        match global.get(boa_engine::js_string!(name), &mut self.context) {
            Ok(v) => self.to_json(&v),
            Err(err) => Err(self.exception(&err)),
        }
    }

    /// A JavaScript value as JSON data (`undefined` and functions become null).
    ///
    /// ```
    /// let mut rt = sous::Runtime::builder().build().unwrap();
    /// let v = rt.eval("[1, 2]").unwrap();
    /// assert_eq!(rt.to_json(&v).unwrap(), serde_json::json!([1, 2]));
    /// ```
    pub fn to_json(&mut self, value: &JsValue) -> Result<Value, Exception> {
        embed::to_json(value, &mut self.context).map_err(|e| self.exception(&e))
    }

    /// Defines a global function implemented in Rust.
    ///
    /// ```
    /// let mut rt = sous::Runtime::builder().build().unwrap();
    /// rt.register_global_fn("double", |args| Ok((args[0].as_f64().unwrap_or(0.0) * 2.0).into()));
    /// assert_eq!(rt.eval_json("double(21)").unwrap(), sous::Value::from(42.0));
    /// ```
    pub fn register_global_fn(
        &mut self,
        name: &str,
        f: impl Fn(&[Value]) -> Result<Value, HostError> + 'static,
    ) {
        let function = embed::sync_function(&mut self.context, name, Rc::new(f));
        let global = self.context.global_object();
        let _ = global.set(
            boa_engine::js_string!(name),
            function,
            false,
            &mut self.context,
        );
    }

    /// Makes `module` loadable as `require('host:<name>')`.
    ///
    /// ```
    /// let mut rt = sous::Runtime::builder().build().unwrap();
    /// rt.register_module("env", sous::HostModule::new().function("name", |_| Ok("sous".into())));
    /// assert_eq!(rt.eval_json("require('host:env').name()").unwrap(), sous::Value::from("sous"));
    /// ```
    pub fn register_module(&mut self, name: &str, module: HostModule) {
        let functions = module
            .functions
            .into_iter()
            .map(|(fname, f)| {
                let obj = match f {
                    HostFunction::Sync(f) => embed::sync_function(&mut self.context, &fname, f),
                    HostFunction::Pool(f) => embed::pool_function(&mut self.context, &fname, f),
                    HostFunction::Deferred(f) => {
                        embed::deferred_function(&mut self.context, &fname, f)
                    }
                };
                (fname, obj)
            })
            .collect();
        let exports = embed::module_object(&mut self.context, functions);
        self.host
            .host_modules
            .borrow_mut()
            .insert(name.to_string(), exports);
    }

    /// Runs the event loop until nothing ref'd is pending; emits
    /// `'beforeExit'`/`'exit'` and returns the exit code.
    ///
    /// ```
    /// let mut rt = sous::Runtime::builder().build().unwrap();
    /// rt.eval("setTimeout(() => { process.exitCode = 4 }, 1)").unwrap();
    /// assert_eq!(rt.run_event_loop(), 4);
    /// ```
    pub fn run_event_loop(&mut self) -> i32 {
        loop {
            if let Poll::Exited(code) = self.poll() {
                return code;
            }
        }
    }

    /// Runs one turn of the loop (timers, poll, check), sleeping at most
    /// until the next timer; for hosts with their own main loop.
    ///
    /// ```
    /// let mut rt = sous::Runtime::builder().build().unwrap();
    /// rt.eval("setTimeout(() => {}, 1)").unwrap();
    /// while rt.poll() == sous::Poll::Pending {}
    /// ```
    pub fn poll(&mut self) -> Poll {
        if let Some(code) = self.finished.get() {
            return Poll::Exited(code);
        }
        let flow = event_loop::drain(&self.host, &mut self.context)
            .and_then(|()| self.interrupted())
            .and_then(|()| match self.host.alive() {
                true => event_loop::step(&self.host, &mut self.context),
                false => Ok(()),
            })
            .and_then(|()| self.interrupted());
        let stop = match flow {
            Err(stop) => Some(stop),
            Ok(()) if self.host.alive() => return Poll::Pending,
            Ok(()) => match lifecycle::before_exit(&self.host, &mut self.context) {
                Err(stop) => Some(stop),
                Ok(()) if self.host.alive() => return Poll::Pending,
                Ok(()) => None,
            },
        };
        // Node 24: an entry module whose top-level await can never settle warns and exits with 13
        // (unless the script set `process.exitCode`); 'exit' listeners see the 13.
        let stop = match stop {
            None => modules::unsettled_main(&mut self.context).and_then(|location| {
                lifecycle::unsettled_top_level_await(
                    &self.host,
                    &mut self.context,
                    location.as_deref(),
                    UNSETTLED_TOP_LEVEL_AWAIT,
                )
            }),
            stop => stop,
        };
        let code = lifecycle::finish(&self.host, &mut self.context, stop);
        self.finished.set(Some(code));
        Poll::Exited(code)
    }

    /// Runs the loop until it ends or `deadline` passes; `Some(code)` if it ended.
    ///
    /// ```
    /// use std::time::{Duration, Instant};
    /// let mut rt = sous::Runtime::builder().build().unwrap();
    /// rt.eval("setTimeout(() => {}, 10_000)").unwrap();
    /// assert_eq!(rt.run_until(Instant::now() + Duration::from_millis(20)), None);
    /// ```
    pub fn run_until(&mut self, deadline: Instant) -> Option<i32> {
        while Instant::now() < deadline {
            self.host.wake_by.set(Some(deadline));
            let polled = self.poll();
            self.host.wake_by.set(None);
            if let Poll::Exited(code) = polled {
                return Some(code);
            }
        }
        None
    }

    /// A handle that stops this runtime's loop from another thread.
    ///
    /// ```
    /// let rt = sous::Runtime::builder().build().unwrap();
    /// let handle = rt.interrupt_handle();
    /// std::thread::spawn(move || handle.interrupt()).join().unwrap();
    /// ```
    pub fn interrupt_handle(&self) -> InterruptHandle {
        InterruptHandle {
            flag: self.host.interrupt.clone(),
            waker: self.host.reactor.borrow().waker(),
        }
    }

    fn interrupted(&self) -> lifecycle::Flow {
        if self
            .host
            .interrupt
            .load(std::sync::atomic::Ordering::SeqCst)
        {
            return Err(lifecycle::Stop::Exit(130));
        }
        Ok(())
    }

    /// The Boa context, to define globals or read values directly.
    ///
    /// ```
    /// let mut rt = sous::Runtime::builder().build().unwrap();
    /// let global = rt.context().global_object();
    /// ```
    pub fn context(&mut self) -> &mut Context {
        &mut self.context
    }

    /// `util.inspect(value)`, as Node would print it.
    ///
    /// ```
    /// let mut rt = sous::Runtime::builder().build().unwrap();
    /// let v = rt.eval("[1, 'a']").unwrap();
    /// assert_eq!(rt.inspect(&v), "[ 1, 'a' ]");
    /// ```
    pub fn inspect(&mut self, value: &JsValue) -> String {
        stdlib::inspect(&mut self.context, value)
    }

    /// What the event loop has pending right now (timers, immediates, pool
    /// jobs, queue lengths) as text: the REPL's `.loop` (see [`trace::snapshot_of`]).
    pub fn loop_snapshot(&self) -> String {
        trace::snapshot(&self.host)
    }

    /// Runs Node's interactive REPL (`sous`, `sous -i`) on this runtime: the
    /// event loop runs while it waits for input. Returns the exit code when
    /// it ends (`.exit`, Ctrl+D, the end of piped input, `process.exit()`).
    pub fn run_repl(&mut self) -> i32 {
        if let Err(code) = repl::start(&self.host, &mut self.context) {
            return code;
        }
        let code = self.run_event_loop();
        *self.host.feed.borrow_mut() = None;
        code
    }

    /// How `-p` prints a result: strings as they are, anything else inspected.
    ///
    /// ```
    /// let mut rt = sous::Runtime::builder().build().unwrap();
    /// let v = rt.eval("'plain'").unwrap();
    /// assert_eq!(rt.inspect_for_print(&v), "plain");
    /// ```
    pub fn inspect_for_print(&mut self, value: &JsValue) -> String {
        match value.as_string() {
            Some(s) => s.to_std_string_lossy(),
            None => self.inspect(value),
        }
    }

    /// Writes to the script's stdout, in order with what the script wrote.
    ///
    /// ```
    /// let out = sous::Sink::capture();
    /// let mut rt = sous::Runtime::builder().stdout(out.clone()).build().unwrap();
    /// rt.write_stdout("from the host\n");
    /// rt.run_event_loop();
    /// assert_eq!(out.text(), "from the host\n");
    /// ```
    pub fn write_stdout(&mut self, text: &str) {
        self.host.stdio.borrow_mut().out(text.as_bytes());
    }

    /// Code the host evaluates gets the `require` of a module named `[eval]`
    /// in the working directory, as Node's `-e` does (scripts and modules
    /// have their own `require`, and ES modules none, so it is defined only
    /// once the host evaluates code).
    fn define_eval_require(&mut self) -> Result<(), Exception> {
        let global = self.context.global_object();
        let key = boa_engine::js_string!("require");
        if global
            .has_own_property(key.clone(), &mut self.context)
            .unwrap_or(true)
        {
            return Ok(());
        }
        let require = modules::eval_require(&mut self.context).map_err(|e| self.exception(&e))?;
        let _ = global.set(key, require, false, &mut self.context);
        Ok(())
    }

    fn exception(&mut self, err: &JsError) -> Exception {
        let (name, message, stack, value) = embed::exception_parts(err, &mut self.context);
        Exception {
            name,
            message,
            stack,
            value,
        }
    }

    /// An uncaught error from the main script: report it (or hand it to
    /// `'uncaughtException'` and go on with the loop).
    fn fail(&mut self, err: JsError) -> i32 {
        match lifecycle::uncaught(&self.host, &mut self.context, err, "uncaughtException") {
            Ok(()) => self.run_event_loop(),
            Err(stop) => lifecycle::finish(&self.host, &mut self.context, Some(stop)),
        }
    }
}

/// The process's environment as Node shows it: a byte that is not UTF-8
/// (in any variable, `PWD` in a non-UTF-8 directory included) reads as
/// U+FFFD instead of ending the process as `std::env::vars()` would.
fn process_env() -> Vec<(String, String)> {
    std::env::vars_os()
        .map(|(k, v)| {
            (
                k.to_string_lossy().into_owned(),
                v.to_string_lossy().into_owned(),
            )
        })
        .collect()
}

fn absolute(path: &Path) -> PathBuf {
    if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir().unwrap_or_default().join(path)
    }
}
