//! # sous
//!
//! A small, fast, Node-compatible JavaScript runtime: Boa runs the
//! JavaScript on one thread, a mio reactor and a pool of worker threads do
//! the waiting and the blocking work, and every completion runs as a
//! JavaScript callback back on that thread — Node's event loop, as a
//! library.
//!
//! ```no_run
//! let mut runtime = sous::Runtime::builder().build().expect("runtime");
//! let code = runtime.run_file("script.js");
//! std::process::exit(code);
//! ```
//!
//! A `Runtime` is not `Send`: create and drive it on one thread. Deep
//! JavaScript recursion needs a deep native stack; [`on_large_stack`] runs a
//! closure on a thread that has one, as the `sous` binary does.

mod errors;
mod event_loop;
mod host;
mod jobs;
mod lifecycle;
mod modules;
mod ops;
mod pool;
mod reactor;
mod report;
mod stdio;
mod stdlib;
mod timers;
pub mod trace;

pub use stdio::Sink;

use boa_engine::builtins::promise::{OperationType, Promise};
use boa_engine::context::{ContextBuilder, HostHooks};
use boa_engine::{Context, JsError, JsObject, JsResult, JsValue, Source};
use host::{Config, Host, Immediates, Protos};
use std::cell::{Cell, RefCell};
use std::collections::{HashMap, VecDeque};
use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::time::Instant;

/// Node's depth for a plain recursive function is about 10,800 frames.
const RECURSION_LIMIT: usize = 10_800;

/// The native stack [`on_large_stack`] gives JavaScript: enough for
/// `RECURSION_LIMIT` frames even when each re-enters through a native
/// (`[1].map(f)`). Only the pages touched are ever committed.
pub const LARGE_STACK: usize = 1 << 30;

/// Runs `f` on a thread with a [`LARGE_STACK`]-sized stack and returns its result.
pub fn on_large_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new()
        .name("sous-main".into())
        .stack_size(LARGE_STACK)
        .spawn(f)
        .expect("spawn the JavaScript thread")
        .join()
        .unwrap_or_else(|e| std::panic::resume_unwind(e))
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

    /// Receives the event loop's events (see [`trace::Tracer`]).
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
            .host_hooks(Rc::new(Hooks))
            .build()
            .map_err(|e| BuildError(e.to_string()))?;
        let limits = context.runtime_limits_mut();
        limits.set_recursion_limit(RECURSION_LIMIT);
        limits.set_stack_size_limit(RECURSION_LIMIT * 1024);
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
                argv: RefCell::new(argv),
                exec_path,
                cwd: std::env::current_dir().unwrap_or_default(),
                env: self.env.unwrap_or_else(|| std::env::vars().collect()),
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
            wrapped: RefCell::new(Default::default()),
            tracer: RefCell::new(self.tracer),
            console_indent: Cell::new(0),
            ticks_run: Cell::new(0),
        });
        context.insert_data(host.clone());
        ops::install(&mut context).map_err(|e| BuildError(e.to_string()))?;
        stdlib::require(&mut context, "internal/bootstrap")
            .map_err(|e| BuildError(e.to_string()))?;
        Ok(Runtime { context, host })
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

/// Boa's host hooks: unhandled-rejection tracking for Node's rules.
struct Hooks;

impl HostHooks for Hooks {
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
pub struct Runtime {
    context: Context,
    host: Rc<Host>,
}

impl Runtime {
    /// Starts configuring a runtime.
    pub fn builder() -> RuntimeBuilder {
        RuntimeBuilder::default()
    }

    /// Runs `path` as the main CommonJS module, then the event loop until
    /// nothing is pending. Returns the process exit code (as Node's).
    pub fn run_file(&mut self, path: impl AsRef<Path>) -> i32 {
        let path = absolute(path.as_ref());
        self.host
            .config
            .argv
            .borrow_mut()
            .insert(1, path.to_string_lossy().into_owned());
        if !path.is_file() {
            let err = modules::main_not_found(&mut self.context, &path);
            return self.fail(err);
        }
        match modules::run_main(&mut self.context, &path) {
            Ok(()) => self.run_event_loop(),
            Err(err) => self.fail(err),
        }
    }

    /// Runs `code` as the main script (Node's `-e`; `path` names it in
    /// errors) and returns its completion value, after the microtasks it
    /// queued have run. The event loop is not run: call
    /// [`Runtime::run_event_loop`] for timers and I/O.
    pub fn eval_main(&mut self, code: &str) -> Result<JsValue, i32> {
        let path = absolute(Path::new("[eval]"));
        self.host.config.argv.borrow_mut().truncate(1);
        match modules::eval_main(&mut self.context, code, &path) {
            Ok(value) => match event_loop::drain(&self.host, &mut self.context) {
                Ok(()) => Ok(value),
                Err(stop) => Err(lifecycle::finish(&self.host, &mut self.context, Some(stop))),
            },
            Err(err) => Err(self.fail(err)),
        }
    }

    /// Evaluates `code` as a global script and returns its value. Errors are
    /// returned, not reported; microtasks it queued have run.
    pub fn eval(&mut self, code: &str) -> JsResult<JsValue> {
        let value = self.context.eval(Source::from_bytes(code))?;
        let _ = event_loop::drain(&self.host, &mut self.context);
        Ok(value)
    }

    /// Runs the event loop until nothing ref'd is pending; emits
    /// `'beforeExit'`/`'exit'` and returns the exit code.
    pub fn run_event_loop(&mut self) -> i32 {
        if let Err(stop) = event_loop::drain(&self.host, &mut self.context) {
            return lifecycle::finish(&self.host, &mut self.context, Some(stop));
        }
        event_loop::run(&self.host, &mut self.context)
    }

    /// How `-p` prints a result: strings as they are, anything else inspected.
    pub fn inspect_for_print(&mut self, value: &JsValue) -> String {
        match value.as_string() {
            Some(s) => s.to_std_string_lossy(),
            None => self.inspect(value),
        }
    }

    /// Writes to the script's stdout, in order with what the script wrote.
    pub fn write_stdout(&mut self, text: &str) {
        self.host.stdio.borrow_mut().out(text.as_bytes());
    }

    /// The Boa context, to define globals or read values.
    pub fn context(&mut self) -> &mut Context {
        &mut self.context
    }

    /// Turns the value `code` produced into a string as `util.inspect` would.
    pub fn inspect(&mut self, value: &JsValue) -> String {
        stdlib::inspect(&mut self.context, value)
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

fn absolute(path: &Path) -> PathBuf {
    if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir().unwrap_or_default().join(path)
    }
}
