//! Which module a CommonJS `require(id)` names: a builtin, a host module, or a file
//! (through `resolve.rs`, then its real path), and Node's `MODULE_NOT_FOUND` error
//! with the require stack. Shared by `require` (`cjs.rs`) and `require.resolve`
//! (`require_resolve.rs`).

use super::package_errors::{invalid_package, not_exported};
use super::resolve::{self, Failure};
use crate::host::Host;
use crate::stdlib;
use boa_engine::object::builtins::JsArray;
use boa_engine::{js_string, Context, JsError, JsNativeError, JsObject, JsResult, JsValue};
use std::path::{Path, PathBuf};

/// What a `require(id)` names.
pub(super) enum Resolved {
    Builtin(String),
    Host(String),
    File(PathBuf),
}

/// Resolves `id` as `require` from `parent` does.
pub(super) fn resolve(context: &mut Context, parent: &JsObject, id: &str) -> JsResult<Resolved> {
    let host = Host::get(context);
    if let Some(name) = id.strip_prefix("host:") {
        if host.host_modules.borrow().contains_key(name) {
            return Ok(Resolved::Host(name.to_string()));
        }
        return Err(not_found(context, id, parent));
    }
    if !host.config.builtins {
        return resolve_file(context, parent, id);
    }
    if let Some(name) = id.strip_prefix("node:") {
        if stdlib::is_public(name) {
            return Ok(Resolved::Builtin(name.to_string()));
        }
        let err = stdlib::node_error(
            context,
            "ERR_UNKNOWN_BUILTIN_MODULE",
            &[js_string!(id).into()],
        );
        return Err(err);
    }
    if stdlib::is_public_bare(id) {
        return Ok(Resolved::Builtin(id.to_string()));
    }
    resolve_file(context, parent, id)
}

fn resolve_file(context: &mut Context, parent: &JsObject, id: &str) -> JsResult<Resolved> {
    let parent_file = parent
        .get(js_string!("filename"), context)?
        .as_string()
        .map(|s| PathBuf::from(s.to_std_string_lossy()))
        .unwrap_or_else(|| std::env::current_dir().unwrap_or_default().join("[eval]"));
    let conditions = super::user_conditions(context);
    let globals = super::global_paths::get(context);
    let fs = super::files(context);
    match resolve::resolve_cjs(&fs, id, &parent_file, &conditions, &globals) {
        Ok(path) => {
            if let Some((json, main)) = resolve::invalid_main(&fs, &path) {
                let message = format!(
                    "Invalid 'main' field in '{}' of '{main}'. Please either fix that or \
                     report it to the module author",
                    json.display()
                );
                crate::warnings::emit_deprecation(context, &message, "DEP0128")?;
            }
            // Cached under its real path, as Node's (unless --preserve-symlinks).
            if Host::get(context).config.options.preserve_symlinks {
                return Ok(Resolved::File(path));
            }
            Ok(Resolved::File(fs.locate(&path).realpath().unwrap_or(path)))
        }
        Err(Failure::NotFound) => Err(not_found(context, id, parent)),
        Err(Failure::NotExported { subpath, json }) => {
            Err(not_exported(context, &subpath, &json, None))
        }
        Err(Failure::InvalidPackage(json)) => Err(invalid_package(context, &json, None)),
    }
}

/// The error for a main script that does not exist.
pub fn main_not_found(context: &mut Context, path: &Path) -> JsError {
    let parent = JsObject::with_null_proto();
    not_found(context, &path.to_string_lossy(), &parent)
}

/// `Error: Cannot find module 'x'` with Node's `code` and `requireStack`.
pub(super) fn not_found(context: &mut Context, id: &str, parent: &JsObject) -> JsError {
    let mut stack = Vec::new();
    let mut current = Some(parent.clone());
    while let Some(m) = current {
        if let Some(f) = m
            .get(js_string!("filename"), context)
            .ok()
            .and_then(|f| f.as_string())
        {
            stack.push(f.to_std_string_lossy());
        }
        current = super::module_parent::get(context, &m)
            .ok()
            .and_then(|p| p.as_object());
    }
    let mut message = format!("Cannot find module '{id}'");
    if !stack.is_empty() {
        message.push_str("\nRequire stack:");
        for f in &stack {
            message.push_str("\n- ");
            message.push_str(f);
        }
    }
    let err = JsNativeError::error()
        .with_message(message)
        .into_opaque(context);
    let _ = err.set(
        js_string!("code"),
        js_string!("MODULE_NOT_FOUND"),
        false,
        context,
    );
    let list = JsArray::from_iter(
        stack.iter().map(|s| JsValue::from(js_string!(s.as_str()))),
        context,
    );
    let _ = err.set(js_string!("requireStack"), list, false, context);
    JsError::from_opaque(err.into())
}
