//! Reading and compiling module files, for both loaders: a file's text
//! (without BOM, a `#!` line kept as a comment), JSON files, whether a file
//! is an ES module, and syntax errors with the file's location.

use super::package_errors::invalid_package;
use super::resolve;
use boa_engine::{js_string, Context, JsNativeError, JsResult, JsValue};
use std::path::Path;

pub(super) fn read_source(context: &mut Context, filename: &Path) -> JsResult<String> {
    let bytes = match super::files(context).locate(filename).read() {
        Ok(bytes) => bytes,
        Err(e) => {
            let path = filename.to_string_lossy();
            return Err(crate::errors::io_error(context, &e, "open", &path));
        }
    };
    Ok(script_text(String::from_utf8_lossy(&bytes).into_owned()))
}

/// A module's source as Boa is given it: no byte-order mark, and a `#!` line made a comment
/// (Node's parser takes it; its length is kept so columns hold).
pub(super) fn script_text(mut text: String) -> String {
    if text.starts_with('\u{feff}') {
        text.remove(0);
    }
    if text.starts_with("#!") {
        text.replace_range(0..2, "//");
    }
    text
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

/// Whether `path` is an ES module (`resolve::is_esm_file`), a broken
/// package.json in its scope being Node's error.
pub(super) fn is_esm_file(context: &mut Context, path: &Path) -> JsResult<bool> {
    resolve::is_esm_file(&super::files(context), path)
        .map_err(|e| invalid_package(context, &e.0, None))
}
