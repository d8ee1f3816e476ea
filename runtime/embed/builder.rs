//! [`RuntimeBuilder`]: what a host configures, and building a [`Runtime`]
//! from it: the engine, the kitchen, the host state and the globals.

use super::hooks::ProcessHooks;
use super::runtime::Runtime;
use super::stack::RECURSION_LIMIT;
use crate::guards::{nesting, stack_guard};
use crate::host::{Config, Host, Protos};
use crate::kitchen::{pool, trace, Kitchen};
use crate::options::NodeOptions;
use crate::sandbox::Sandbox;
use crate::stdio::{Sink, Stdio};
use crate::{modules, ops, stdlib};
use boa_engine::builtins::promise::{OperationType, Promise};
use boa_engine::context::{ContextBuilder, HostHooks};
use boa_engine::realm::Realm;
use boa_engine::{Context, JsObject, JsResult, JsString};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::path::PathBuf;
use std::rc::Rc;

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
    options: NodeOptions,
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

    /// Node's command-line options the runtime behaves as if given
    /// (`process.execArgv`, `--unhandled-rejections`, `--no-warnings`, ...).
    ///
    /// ```
    /// let options = sous::cli::parse(&["--no-deprecation".into()], None).unwrap().options;
    /// let mut rt = sous::Runtime::builder().node_options(options).build().unwrap();
    /// assert_eq!(rt.eval_json("process.noDeprecation").unwrap(), sous::Value::from(true));
    /// ```
    pub fn node_options(mut self, options: NodeOptions) -> Self {
        self.options = options;
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
        let pool_size = self
            .pool_size
            .or_else(|| std::env::var("SOUS_THREADPOOL_SIZE").ok()?.parse().ok())
            .unwrap_or(pool::DEFAULT_SIZE);
        let kitchen = Kitchen::new(pool_size, Box::new(ProcessHooks), self.tracer)
            .map_err(|e| BuildError(e.to_string()))?;
        let mut context = ContextBuilder::new()
            .job_executor(kitchen.jobs.clone())
            .module_loader(Rc::new(modules::loader()))
            .host_hooks(Rc::new(EngineHooks))
            .build()
            .map_err(|e| BuildError(e.to_string()))?;
        let limits = context.runtime_limits_mut();
        let recursion_limit = stack_guard::recursion_limit(RECURSION_LIMIT);
        limits.set_recursion_limit(recursion_limit);
        limits.set_stack_size_limit(recursion_limit * 1024);
        // V8's `Error.stackTraceLimit` (`internal/bootstrap.js` keeps the two in step).
        let stack_trace_limit = self.options.stack_trace_limit.unwrap_or(10);
        limits.set_backtrace_limit(usize::try_from(stack_trace_limit).unwrap_or(0));

        if let Some(cwd) = &self.cwd {
            std::env::set_current_dir(cwd)
                .map_err(|e| BuildError(format!("cwd {}: {e}", cwd.display())))?;
        }
        let sandbox = match &self.allow {
            Some(roots) => Sandbox::new(roots).map_err(BuildError)?,
            None => Sandbox::default(),
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
            kitchen,
            config: Config {
                builtins: !self.no_builtins,
                sandbox,
                argv: RefCell::new(argv),
                exec_path,
                env: self.env.unwrap_or_else(process_env),
                binding: super::bindings::binding,
                options: self.options,
                node_options_flags: crate::options::node_options_flags(),
            },
            stdio: RefCell::new(Stdio::new(&self.stdout, &self.stderr)),
            process: RefCell::new(None),
            rejections: RefCell::default(),
            next_id: Cell::new(1),
            protos: Protos { timeout, immediate },
            builtins: RefCell::new(HashMap::new()),
            bindings: RefCell::new(HashMap::new()),
            known_timers: RefCell::new(HashMap::new()),
            sources: Default::default(),
            host_modules: RefCell::new(HashMap::new()),
            console_indent: Cell::new(0),
            running_timeout: RefCell::new(None),
            warned_once: RefCell::default(),
            script_fds: RefCell::default(),
        });
        if let Some(t) = host.kitchen.tracer.borrow_mut().as_deref_mut() {
            let weak = Rc::downgrade(&host);
            t.sources(Box::new(move |path| {
                crate::report::source_text(&*weak.upgrade()?, path)
            }));
        }
        context.insert_data(host.clone());
        crate::guards::install(&mut context).map_err(|e| BuildError(e.to_string()))?;
        ops::install(&mut context).map_err(|e| BuildError(e.to_string()))?;
        if host.config.options.expose_gc {
            ops::v8::install_gc(&mut context).map_err(|e| BuildError(e.to_string()))?;
        }
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
struct EngineHooks;

impl HostHooks for EngineHooks {
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
            super::rejections::track(&host, promise.clone().upcast(), op == OperationType::Handle);
        }
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
