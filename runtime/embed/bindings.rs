//! The table behind `internalBinding(name)`: which natives each builtin's
//! JavaScript gets. It sits in the top layer because it names every room
//! (`runtime/ops/<module>/` and the module loader); `stdlib.rs` reaches it
//! through `Config::binding` and caches what it makes.

use crate::ops::{
    buffer, child_process, console, crypto, dns, encoding, fs, http_parser, net, os, pipe, process,
    structured_clone, tls, tty, url, util, v8, vm, zlib,
};
use boa_engine::{Context, JsNativeError, JsObject, JsResult};

/// Makes the natives of one area (called once per name and runtime).
pub fn binding(context: &mut Context, name: &str) -> JsResult<JsObject> {
    match name {
        "process" => process::binding(context),
        "console" => console::binding(context),
        "util" => util::binding(context),
        "os" => os::binding(context),
        "modules" => crate::modules::binding(context),
        "fs" => fs::binding(context),
        "buffer" => buffer::binding(context),
        "url" => url::binding(context),
        "crypto" => crypto::binding(context),
        "encoding" => encoding::binding(context),
        "structured_clone" => structured_clone::binding(context),
        "tty" => tty::binding(context),
        "v8" => v8::binding(context),
        "vm" => vm::binding(context),
        "pipe" => pipe::binding(context),
        "zlib" => zlib::binding(context),
        "child_process" => child_process::binding(context),
        "net" => net::binding(context),
        "dns" => dns::binding(context),
        "tls" => tls::binding(context),
        "http_parser" => http_parser::binding(context),
        _ => Err(JsNativeError::error()
            .with_message(format!("No such binding: {name}"))
            .into()),
    }
}
