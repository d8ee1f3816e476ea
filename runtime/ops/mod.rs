//! The natives exposed to JavaScript, one file per Node area.
//!
//! Globals (`setTimeout`, `console`, ...) are installed at start-up because
//! they are cheap natives; everything written in JavaScript sits behind a
//! lazy global or `require` (see `stdlib.rs`).

pub mod buffer;
pub mod child_process;
pub mod console;
pub mod crypto;
pub mod dns;
pub mod encoding;
pub mod fs;
pub mod http_parser;
pub mod inspect_plain;
pub mod net;
pub mod os;
pub mod pipe;
pub mod process;
pub mod structured_clone;
pub mod timers;
pub mod tls;
pub mod tty;
pub mod url;
pub mod util;
pub mod v8;
pub mod vm;
pub mod zlib;

// The helpers every room builds its natives with.
pub use crate::errors::callback_arg;
pub use crate::natives::*;

use boa_engine::property::PropertyDescriptor;
use boa_engine::{js_string, Context, JsResult, JsSymbol, JsValue};

/// Installs every global at start-up.
pub fn install(context: &mut Context) -> JsResult<()> {
    timers::install(context)?;
    console::install(context)?;
    let global = context.global_object();
    global.set(js_string!("global"), global.clone(), false, context)?;
    // `[object global]`, as Node's global object is tagged.
    global.define_property_or_throw(
        JsSymbol::to_string_tag(),
        PropertyDescriptor::builder()
            .value(js_string!("global"))
            .writable(false)
            .enumerable(false)
            .configurable(true),
        context,
    )?;
    lazy_global(context, "process", |context, _| {
        crate::stdlib::require(context, "process")
    })?;
    // Web APIs written in JavaScript (stdlib-js/internal/abort.js).
    for name in [
        "AbortController",
        "AbortSignal",
        "EventTarget",
        "Event",
        "CustomEvent",
        "DOMException",
    ] {
        lazy_global(context, name, |cx, name| {
            export_of(cx, "internal/abort", name)
        })?;
    }
    for name in ["URL", "URLSearchParams"] {
        lazy_global(context, name, |cx, name| {
            export_of(cx, "internal/url/whatwg", name)
        })?;
    }
    for name in ["TextEncoder", "TextDecoder"] {
        lazy_global(context, name, |cx, name| {
            export_of(cx, "internal/encoding", name)
        })?;
    }
    // Web Crypto (stdlib-js/internal/crypto/webcrypto.js).
    for name in ["crypto", "Crypto", "CryptoKey", "SubtleCrypto"] {
        lazy_global(context, name, |cx, name| {
            export_of(cx, "internal/crypto/webcrypto", name)
        })?;
    }
    // WHATWG Streams (stdlib-js/stream/web.js).
    for name in [
        "ReadableStream",
        "ReadableStreamDefaultReader",
        "ReadableStreamBYOBReader",
        "ReadableStreamBYOBRequest",
        "ReadableByteStreamController",
        "ReadableStreamDefaultController",
        "TransformStream",
        "TransformStreamDefaultController",
        "WritableStream",
        "WritableStreamDefaultWriter",
        "WritableStreamDefaultController",
        "ByteLengthQueuingStrategy",
        "CountQueuingStrategy",
        "TextEncoderStream",
        "TextDecoderStream",
        "CompressionStream",
        "DecompressionStream",
    ] {
        lazy_global(context, name, |cx, name| export_of(cx, "stream/web", name))?;
    }
    // fetch() and its data types (stdlib-js/internal/fetch/).
    lazy_global(context, "fetch", |cx, name| {
        export_of(cx, "internal/fetch/fetch", name)
    })?;
    lazy_global(context, "Headers", |cx, name| {
        export_of(cx, "internal/fetch/headers", name)
    })?;
    lazy_global(context, "FormData", |cx, name| {
        export_of(cx, "internal/fetch/form_data", name)
    })?;
    lazy_global(context, "Request", |cx, name| {
        export_of(cx, "internal/fetch/request", name)
    })?;
    lazy_global(context, "Response", |cx, name| {
        export_of(cx, "internal/fetch/response", name)
    })?;
    lazy_global(context, "performance", |cx, name| {
        export_of(cx, "internal/perf", name)
    })?;
    lazy_global(context, "navigator", |cx, name| {
        export_of(cx, "internal/navigator", name)
    })?;
    lazy_global(context, "structuredClone", |cx, name| {
        export_of(cx, "internal/structured_clone", name)
    })?;
    for name in ["Buffer", "Blob", "File", "atob", "btoa"] {
        lazy_global(context, name, |cx, name| export_of(cx, "buffer", name))?;
    }
    Ok(())
}

/// `require(module)[name]`, for lazy globals.
fn export_of(context: &mut Context, module: &str, name: &str) -> JsResult<JsValue> {
    let exports = crate::stdlib::require(context, module)?;
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
