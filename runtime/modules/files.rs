//! Reading and compiling module files, for both loaders: a file's text
//! (without BOM, a `#!` line kept as a comment), JSON files, whether a file
//! is an ES module, and syntax errors with the file's location.

use super::package_errors::invalid_package;
use super::resolve;
use boa_engine::{
    js_string, Context, JsError, JsNativeError, JsNativeErrorKind, JsResult, JsValue,
};
use std::path::Path;

pub(super) fn read_source(context: &mut Context, filename: &Path) -> JsResult<String> {
    let bytes = match super::files(context).locate(filename).read() {
        Ok(bytes) => bytes,
        Err(e) => {
            let path = filename.to_string_lossy();
            return Err(crate::errors::io_error(context, &e, "open", &path));
        }
    };
    let mut text = String::from_utf8_lossy(&bytes).into_owned();
    if text.starts_with('\u{feff}') {
        text.remove(0);
    }
    // A `#!` line is a comment to Node; keep its length so columns hold.
    if text.starts_with("#!") {
        text.replace_range(0..2, "//");
    }
    Ok(text)
}

/// A `.json` file's value, for `require` and JSON module imports alike. A
/// syntax error names the file first, as Node's does.
pub(super) fn parse_json_file(context: &mut Context, filename: &Path) -> JsResult<JsValue> {
    let bytes = match super::files(context).locate(filename).read() {
        Ok(bytes) => bytes,
        Err(e) => {
            let path = filename.to_string_lossy();
            return Err(crate::errors::io_error(context, &e, "open", &path));
        }
    };
    let text = String::from_utf8_lossy(&bytes);
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    crate::guards::json_parse::parse(&js_string!(text), context).map_err(|e| {
        let message = match e.try_native(context) {
            Ok(native) => native.message().to_string(),
            Err(_) => e.to_string(),
        };
        JsNativeError::syntax()
            .with_message(format!("{}: {message}", filename.display()))
            .into()
    })
}

/// Boa's parse errors carry their position in the message
/// (`unexpected token ';', primary expression at line 2, col 11`) and no
/// file: rebuild them as V8 words them, with a `stack` naming the place.
pub(super) fn syntax_error_with_location(
    context: &mut Context,
    err: JsError,
    path: &str,
) -> JsError {
    let Some(native) = err.as_native() else {
        return err;
    };
    if !matches!(native.kind(), JsNativeErrorKind::Syntax) {
        return err;
    }
    let raw = native.message().to_string();
    let crate::syntax_errors::ParseError { message, position } =
        crate::syntax_errors::from_boa(&raw);
    let stack = match position {
        Some((line, col)) => format!("SyntaxError: {message}\n    at {path}:{line}:{col}"),
        None => format!("SyntaxError: {message}"),
    };
    let obj = JsNativeError::syntax()
        .with_message(message)
        .into_opaque(context);
    let stack = boa_engine::property::PropertyDescriptor::builder()
        .value(js_string!(stack.as_str()))
        .writable(true)
        .enumerable(false)
        .configurable(true);
    let _ = obj.define_property_or_throw(js_string!("stack"), stack, context);
    JsError::from_opaque(obj.into())
}

/// Whether `path` is an ES module (`resolve::is_esm_file`), a broken
/// package.json in its scope being Node's error.
pub(super) fn is_esm_file(context: &mut Context, path: &Path) -> JsResult<bool> {
    resolve::is_esm_file(&super::files(context), path)
        .map_err(|e| invalid_package(context, &e.0, None))
}
