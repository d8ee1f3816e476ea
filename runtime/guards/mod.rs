//! Guards sous puts around the engine so that bad input gets Node's error
//! instead of a crash: recursion and stack depth, source nesting, string
//! length, `JSON` depth (and a native iterative `JSON.parse`), `bind`; and
//! around Boa builtins too slow for real input (`indexOf`, typed arrays' `fill`).

pub mod bind;
pub mod index_of;
pub mod json_depth;
pub mod json_parse;
pub mod nesting;
pub mod stack_guard;
pub mod strings;
pub mod typed_array_fill;

use boa_engine::{Context, JsResult};

/// Installs every guard over the engine's builtins.
pub fn install(context: &mut Context) -> JsResult<()> {
    stack_guard::install(context)?;
    bind::install(context)?;
    json_depth::install(context)?;
    json_parse::install(context)?;
    index_of::install(context)?;
    typed_array_fill::install(context)?;
    strings::install(context)
}
