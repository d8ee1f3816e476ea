//! The natives exposed to JavaScript, one file per Node area.
//!
//! Globals (`setTimeout`, `console`, ...) are installed at start-up because
//! they are cheap natives; everything written in JavaScript sits behind a
//! lazy global or `require` (see `stdlib.rs`).

pub mod buffer;
pub mod console;
pub mod fs;
pub mod os;
pub mod process;
pub mod timers;
pub mod util;
pub mod v8;

// The helpers every room builds its natives with.
pub use crate::errors::callback_arg;
pub use crate::natives::*;

use boa_engine::{js_string, Context, JsResult, JsValue};

/// Installs every global at start-up.
pub fn install(context: &mut Context) -> JsResult<()> {
    timers::install(context)?;
    console::install(context)?;
    let global = context.global_object();
    global.set(js_string!("global"), global.clone(), false, context)?;
    lazy_global(context, "process", |context, _| {
        crate::stdlib::require(context, "process")
    })?;
    // Web APIs written in JavaScript (stdlib-js/internal/abort.js).
    for name in [
        "AbortController",
        "AbortSignal",
        "EventTarget",
        "Event",
        "DOMException",
    ] {
        lazy_global(context, name, abort_export)?;
    }
    lazy_global(context, "Buffer", |context, _| {
        let exports = crate::stdlib::require(context, "buffer")?;
        match exports.as_object() {
            Some(exports) => exports.get(js_string!("Buffer"), context),
            None => Ok(JsValue::undefined()),
        }
    })?;
    Ok(())
}

fn abort_export(context: &mut Context, name: &str) -> JsResult<JsValue> {
    let exports = crate::stdlib::require(context, "internal/abort")?;
    match exports.as_object() {
        Some(o) => o.get(js_string!(name), context),
        None => Ok(JsValue::undefined()),
    }
}

/// Defines `globalThis[name]` as an accessor that builds the value on first
/// access (see [`lazy_property`]); not enumerable, as Node's globals.
fn lazy_global(
    context: &mut Context,
    name: &'static str,
    make: fn(&mut Context, &'static str) -> JsResult<JsValue>,
) -> JsResult<()> {
    let global = context.global_object();
    lazy_property(context, &global, name, false, make)
}
