//! Module loading, as Node 24 does it: CommonJS (`cjs.rs`), ES modules
//! (`esm.rs`, Boa's `ModuleLoader`; `esm_main.rs` for the main module,
//! `require_esm.rs` for `require()` of one), the file lookup both share
//! (`resolve.rs`), reading files (`files.rs`) and `package.json` errors.
//! The builtin modules themselves live in `stdlib.rs`.
//!
//! The two loaders reach each other (an `import` of a CommonJS file, a
//! `require` of an ES module); so that neither file names the other, the ES
//! loader is handed CommonJS's loading function when it is made ([`loader`]).

mod addon;
mod builtin_globals;
mod cjs;
mod cjs_exports;
mod cjs_resolve;
mod esm;
mod esm_main;
mod files;
mod global_paths;
mod hook_registry;
mod module_binding;
mod module_hooks;
mod module_parent;
mod package_errors;
mod require_esm;
mod require_resolve;
mod resolve;

pub use cjs::{eval_main, eval_require, install_repl_globals};
pub use cjs_resolve::main_not_found;
pub use esm::Loader;
pub use esm_main::is_main_rejection;
pub use module_binding::binding;
pub use resolve::resolve_main;

/// The ES module loader for a new runtime, able to import CommonJS files.
pub fn loader() -> Loader {
    Loader::new(cjs::require_from_import)
}

use crate::host::Host;
use crate::sandbox::Sandbox;
use boa_engine::{Context, JsResult, JsValue};
use std::path::Path;

/// The runtime's allow-list, through which every module file is looked up and read.
fn files(context: &Context) -> Sandbox {
    Host::get(context).config.sandbox.clone()
}

/// The `exports` conditions the user added (`--conditions`/`-C`).
fn user_conditions(context: &Context) -> Vec<String> {
    Host::get(context).config.options.conditions.clone()
}

/// Runs `path` as the main module: through `Module.runMain` when a preload replaced
/// it (as Node calls it), else as below.
pub fn run_main(context: &mut Context, path: &Path) -> JsResult<()> {
    let hook = Host::get(context)
        .bindings
        .borrow()
        .get("Module.runMain")
        .cloned();
    match hook {
        Some(run) => {
            let main = boa_engine::js_string!(path.to_string_lossy().as_ref());
            run.call(&JsValue::undefined(), &[main.into()], context)?;
            Ok(())
        }
        None => run_main_now(context, path),
    }
}

/// Runs `path` as the main module: an ES module for `.mjs` (or `.js` under
/// `"type": "module"`), else CommonJS.
pub(crate) fn run_main_now(context: &mut Context, path: &Path) -> JsResult<()> {
    let esm = files::is_esm_file(context, path)?;
    if esm {
        esm_main::run_main(context, path)
    } else {
        cjs::run_main(context, path)
    }
}

/// Runs `code` as the main ES module (Node's `--input-type=module`), named
/// `[eval1]` in the working directory.
pub fn eval_main_module(context: &mut Context, code: &str) -> JsResult<()> {
    let path = std::env::current_dir()
        .unwrap_or_default()
        .join(esm::EVAL_MODULE);
    esm_main::eval_main(context, code, &path)
}

/// `-c`: compiles `path` as its main module would be, without running it.
pub fn check_main(context: &mut Context, path: &Path) -> JsResult<()> {
    if files::is_esm_file(context, path)? {
        esm::parse(context, path).map(drop)
    } else {
        cjs::compile(context, path).map(drop)
    }
}

/// After the loop ran dry: whether the main module's top-level await can never settle, and if
/// so where it waits (Node's warning names it).
pub fn unsettled_main(context: &mut Context) -> Option<Option<String>> {
    esm_main::main_pending(context).then(|| esm_main::main_await_location(context))
}
