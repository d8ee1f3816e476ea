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

use boa_engine::{Context, JsResult};
use std::path::Path;

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

/// After the loop ran dry: Node's exit code 13 when the main module's
/// top-level await can never settle.
pub fn unsettled_main(context: &mut Context) -> bool {
    esm::main_pending(context)
}
