//! The errors of a package's `package.json`: a subpath it does not export,
//! a configuration Node refuses.

use crate::stdlib;
use boa_engine::{js_string, Context, JsError, JsNativeError};
use std::path::Path;

/// Node's error for a package.json that is not valid JSON: a plain `Error`
/// (no `[CODE]` in its name) with `code: 'ERR_INVALID_PACKAGE_CONFIG'`;
/// an `import` of a package names the specifier and the importer.
pub(super) fn invalid_package(
    context: &mut Context,
    json: &Path,
    importing: Option<(&str, &Path)>,
) -> JsError {
    let mut message = format!("Invalid package config {}", json.display());
    if let Some((specifier, importer)) = importing {
        message.push_str(&format!(
            " while importing \"{specifier}\" from {}",
            importer.display()
        ));
    }
    message.push('.');
    let err = JsNativeError::error()
        .with_message(message)
        .into_opaque(context);
    let _ = err.create_data_property_or_throw(
        js_string!("code"),
        js_string!("ERR_INVALID_PACKAGE_CONFIG"),
        context,
    );
    JsError::from_opaque(err.into())
}

/// `ERR_PACKAGE_PATH_NOT_EXPORTED`, worded as Node for `require` and
/// (with the importer named) for `import`.
pub(super) fn not_exported(
    context: &mut Context,
    subpath: &str,
    json: &Path,
    importer: Option<&Path>,
) -> JsError {
    let json = json.to_string_lossy();
    let mut message = if subpath == "." {
        format!("No \"exports\" main defined in {json}")
    } else {
        format!("Package subpath '{subpath}' is not defined by \"exports\" in {json}")
    };
    if let Some(importer) = importer {
        message.push_str(&format!(" imported from {}", importer.display()));
    }
    stdlib::node_error(
        context,
        "ERR_PACKAGE_PATH_NOT_EXPORTED",
        &[js_string!(message.as_str()).into()],
    )
}
