//! The runtime's state, shared by the event loop and the native functions.
//!
//! One `Host` per `Context`, stored in the context's data and reached with
//! `Host::get(context)`. Every field is a `Cell`/`RefCell` because natives
//! re-enter: a native calls JavaScript, which calls another native. The rule
//! that keeps this sound: never hold a borrow across a call into JavaScript.

use crate::kitchen::Kitchen;
use crate::sources::Sources;
use crate::stdio::Stdio;
use boa_engine::{Context, JsObject, JsResult, JsValue};
use std::cell::{Cell, RefCell};
use std::collections::{HashMap, HashSet};
use std::rc::Rc;

/// What the host was configured with (see `RuntimeBuilder`).
pub struct Config {
    /// Whether `require('fs')` & co. are available (an embedder may turn them off).
    pub builtins: bool,
    /// The file-system allow-list.
    pub sandbox: crate::sandbox::Sandbox,
    /// `process.argv`: `[execPath, script, ...args]` (the script is set by `run_file`).
    pub argv: RefCell<Vec<String>>,
    pub exec_path: String,
    pub env: Vec<(String, String)>,
    /// Makes the natives `internalBinding(name)` hands a builtin: the table
    /// of every module's natives lives in the layers above this one.
    pub binding: fn(&mut Context, &str) -> JsResult<JsObject>,
    /// Node's command-line options, as given.
    pub options: crate::options::NodeOptions,
    /// The options `NODE_OPTIONS` may carry (`process.allowedNodeEnvironmentFlags`).
    pub node_options_flags: Vec<&'static str>,
}

/// Promises rejected with no handler (see `embed/rejections.rs`), with the
/// ids Node's warnings number them by.
#[derive(Default)]
pub struct Rejections {
    /// Rejected with no handler since the last drain.
    pub pending: Vec<(JsObject, u32)>,
    /// Reported as unhandled: a handler added later makes `'rejectionHandled'`.
    /// (Kept alive here, where Node holds them weakly.)
    pub reported: HashMap<JsObject, u32>,
    /// Reported ones that got a handler since the last drain.
    pub handled_late: Vec<(JsObject, u32)>,
    pub next_id: u32,
}

/// Prototypes the natives need at hand.
pub struct Protos {
    pub timeout: JsObject,
    pub immediate: JsObject,
}

pub struct Host {
    /// The event loop and what it waits on.
    pub kitchen: Kitchen,
    pub config: Config,
    pub stdio: RefCell<Stdio>,
    /// The `process` object, once a script touched it.
    pub process: RefCell<Option<JsObject>>,
    /// Promises rejected with no handler, checked after each tick drain.
    pub rejections: RefCell<Rejections>,
    /// Id counter shared by timers and immediates, like Node's async ids.
    pub next_id: Cell<u32>,
    pub protos: Protos,
    /// Builtin modules already evaluated, by name.
    pub builtins: RefCell<HashMap<String, JsValue>>,
    /// Native binding objects handed to builtins, by name.
    pub bindings: RefCell<HashMap<String, JsObject>>,
    /// Timeouts whose numeric id was taken (`+timeout`): `clearTimeout(id)` finds them here.
    pub known_timers: RefCell<HashMap<u32, JsObject>>,
    /// Modules a host registered: `require('host:<name>')`.
    pub host_modules: RefCell<HashMap<String, JsObject>>,
    /// The files the module loader ran, for error reports.
    pub sources: Sources,
    /// Console group indentation (spaces), applied to every console line.
    pub console_indent: Cell<usize>,
    /// The timeout whose callback is running (still "active" for Node).
    pub running_timeout: RefCell<Option<JsObject>>,
    /// Warnings Node emits once per process (e.g. `TimeoutNegativeWarning`), by name, once emitted.
    pub warned_once: RefCell<HashSet<&'static str>>,
    /// With an allow-list, the fds the script opened through `fs` and has
    /// not closed: the only ones (besides 0-2) its fs calls may use.
    pub script_fds: RefCell<HashSet<i32>>,
}

impl Host {
    /// The host of `context`. Panics only if called on a context sous did not build.
    pub fn get(context: &Context) -> Rc<Host> {
        context
            .get_data::<Rc<Host>>()
            .expect("context built by sous")
            .clone()
    }

    /// A fresh id for a timer or an immediate.
    pub fn next_id(&self) -> u32 {
        let id = self.next_id.get();
        self.next_id.set(id.wrapping_add(1).max(1));
        id
    }

    /// Records `fd`, just opened by the script through `fs`, as one of its own.
    pub fn own_fd(&self, fd: i32) {
        if self.config.sandbox.is_active() {
            self.script_fds.borrow_mut().insert(fd);
        }
    }

    /// True the first time `name` is asked for, false from then on: for once-per-process warnings.
    pub fn first_warning(&self, name: &'static str) -> bool {
        self.warned_once.borrow_mut().insert(name)
    }
}

impl Drop for Host {
    /// A sandboxed script's fds go with its runtime: they are the script's,
    /// and a host that runs many scripts must not collect them. (Pool jobs
    /// still running hold duplicates of their own.)
    fn drop(&mut self) {
        for fd in self.script_fds.get_mut().drain() {
            // SAFETY: the script opened `fd` through fs and has not closed it;
            // nothing else in the process owns it.
            unsafe { libc::close(fd) };
        }
    }
}
