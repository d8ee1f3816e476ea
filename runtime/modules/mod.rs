//! Module loading, as Node v20 does it: CommonJS (`cjs.rs`), ES modules
//! (`esm.rs`, Boa's `ModuleLoader`), and the file lookup both share
//! (`resolve.rs`). The builtin modules themselves live in `stdlib.rs`.

mod cjs;
mod cjs_exports;
mod esm;
mod resolve;

pub use cjs::{
    binding, eval_main, eval_require, install_repl_globals, line_one_offset, main_not_found,
    source_text,
};
pub use esm::{display_path, is_main_rejection, Loader};

use crate::host::Host;
use crate::sandbox::Sandbox;
use boa_engine::{Context, JsResult};
use std::path::Path;

/// The runtime's allow-list, through which every module file is looked up and read.
fn files(context: &Context) -> Sandbox {
    Host::get(context).config.sandbox.clone()
}

/// Runs `path` as the main module: an ES module for `.mjs` (or `.js` under
/// `"type": "module"`), else CommonJS.
pub fn run_main(context: &mut Context, path: &Path) -> JsResult<()> {
    let esm = cjs::is_esm_file(context, path)?;
    if esm {
        esm::run_main(context, path)
    } else {
        cjs::run_main(context, path)
    }
}

/// After the loop ran dry: whether the main module's top-level await can never settle, and if
/// so where it waits (Node's warning names it).
pub fn unsettled_main(context: &mut Context) -> Option<Option<String>> {
    esm::main_pending(context).then(|| esm::main_await_location(context))
}
