//! [`Runtime`]: running scripts and values across the boundary. Building
//! one is `builder.rs`; driving its loop is `driving.rs`.

use super::exception::Exception;
use super::host_module::{self, HostError, HostFunction, HostModule};
use super::lifecycle;
use crate::guards::nesting;
use crate::host::Host;
use crate::kitchen;
use crate::{modules, stdlib};
use boa_engine::builtins::promise::PromiseState;
use boa_engine::object::builtins::JsPromise;
use boa_engine::{js_string, Context, JsError, JsNativeError, JsResult, JsValue, Source};
use serde_json::Value;
use std::cell::Cell;
use std::path::{Path, PathBuf};
use std::rc::Rc;

/// A JavaScript runtime with Node's event loop.
///
/// ```
/// let mut rt = sous::Runtime::builder().build().unwrap();
/// rt.eval("globalThis.answer = 6 * 7").unwrap();
/// assert_eq!(rt.get_global("answer").unwrap(), sous::Value::from(42));
/// ```
pub struct Runtime {
    pub(crate) context: Context,
    pub(crate) host: Rc<Host>,
    /// The exit code once the loop has ended (polling again returns it).
    pub(super) finished: Cell<Option<i32>>,
}

impl Runtime {
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
        let Some(mut path) = modules::resolve_main(&self.host.config.sandbox, &path) else {
            let err = modules::main_not_found(&mut self.context, &path);
            return self.fail(err);
        };
        // The main module runs under its real path, as Node's (unless --preserve-symlinks-main).
        if !self.host.config.options.preserve_symlinks_main {
            if let Ok(real) = self.host.config.sandbox.locate(&path).realpath() {
                path = real;
            }
        }
        match self
            .preload()
            .and_then(|()| modules::run_main(&mut self.context, &path))
        {
            Ok(()) => self.run_event_loop(),
            Err(err) => self.fail(err),
        }
    }
    /// Checks the syntax of `path` as the main module without running it
    /// (Node's `-c`): 0, or the syntax error reported and its exit code.
    ///
    /// ```
    /// let dir = std::env::temp_dir().join("sous-doc-check-file");
    /// std::fs::create_dir_all(&dir).unwrap();
    /// std::fs::write(dir.join("ok.js"), "throw new Error('not run')").unwrap();
    /// let mut rt = sous::Runtime::builder().build().unwrap();
    /// assert_eq!(rt.check_file(dir.join("ok.js")), 0);
    /// ```
    pub fn check_file(&mut self, path: impl AsRef<Path>) -> i32 {
        let path = absolute(path.as_ref());
        if !self.host.config.sandbox.locate(&path).is_file() {
            let err = modules::main_not_found(&mut self.context, &path);
            return self.fail(err);
        }
        match modules::check_main(&mut self.context, &path) {
            Ok(()) => 0,
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
        let ran = self
            .preload()
            .and_then(|()| modules::eval_main(&mut self.context, code, &path));
        match ran {
            Ok(value) => match kitchen::drain(&self.host.kitchen, &mut self.context) {
                Ok(()) => Ok(value),
                Err(stop) => Err(lifecycle::finish(&self.host, &mut self.context, Some(stop))),
            },
            Err(err) => Err(self.fail(err)),
        }
    }
    /// Runs `code` as the main ES module (Node's `--input-type=module` for
    /// `-e` and stdin), then the event loop; returns the exit code.
    ///
    /// ```
    /// let mut rt = sous::Runtime::builder().build().unwrap();
    /// assert_eq!(rt.run_module_code("import os from 'node:os'; process.exitCode = typeof os.EOL === 'string' ? 5 : 0"), 5);
    /// ```
    pub fn run_module_code(&mut self, code: &str) -> i32 {
        let ran = self
            .preload()
            .and_then(|()| modules::eval_main_module(&mut self.context, code));
        match ran {
            Ok(()) => self.run_event_loop(),
            Err(err) => self.fail(err),
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
                let _ = kitchen::drain(&self.host.kitchen, &mut self.context);
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
        host_module::to_json(value, &mut self.context).map_err(|e| self.exception(&e))
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
        let function = host_module::sync_function(&mut self.context, name, Rc::new(f));
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
                    HostFunction::Sync(f) => {
                        host_module::sync_function(&mut self.context, &fname, f)
                    }
                    HostFunction::Pool(f) => {
                        host_module::pool_function(&mut self.context, &fname, f)
                    }
                    HostFunction::Deferred(f) => {
                        host_module::deferred_function(&mut self.context, &fname, f)
                    }
                };
                (fname, obj)
            })
            .collect();
        let exports = host_module::module_object(&mut self.context, functions);
        self.host
            .host_modules
            .borrow_mut()
            .insert(name.to_string(), exports);
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
    /// What the event loop has pending right now (timers, immediates, pool
    /// jobs, queue lengths) as text: the REPL's `.loop` (see [`trace::snapshot_of`]).
    pub fn loop_snapshot(&self) -> String {
        crate::ops::timers::snapshot::snapshot(&self.host)
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
    /// Node's `-r`/`--require` and `--import`: modules loaded, in order,
    /// before the main script, resolved from the working directory.
    fn preload(&mut self) -> JsResult<()> {
        let (require, import) = {
            let options = &self.host.config.options;
            (options.require.clone(), options.import.clone())
        };
        if require.is_empty() && import.is_empty() {
            return Ok(());
        }
        let load = modules::eval_require(&mut self.context)?;
        for id in require {
            let load = load
                .as_callable()
                .ok_or_else(|| JsNativeError::typ().with_message("require is not a function"))?;
            load.call(
                &JsValue::undefined(),
                &[js_string!(id.as_str()).into()],
                &mut self.context,
            )?;
        }
        for id in import {
            let specifier = serde_json::Value::from(id).to_string();
            let promise = self
                .context
                .eval(Source::from_bytes(&format!("import({specifier})")))?;
            let _ = kitchen::drain(&self.host.kitchen, &mut self.context);
            if let Some(PromiseState::Rejected(reason)) = promise
                .as_object()
                .and_then(|p| JsPromise::from_object(p).ok())
                .map(|p| p.state())
            {
                return Err(JsError::from_opaque(reason));
            }
        }
        Ok(())
    }

    fn exception(&mut self, err: &JsError) -> Exception {
        let (name, message, stack, value) = host_module::exception_parts(err, &mut self.context);
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

fn absolute(path: &Path) -> PathBuf {
    if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir().unwrap_or_default().join(path)
    }
}
