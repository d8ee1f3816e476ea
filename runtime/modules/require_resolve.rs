//! `require.resolve(request[, { paths }])` and `require.resolve.paths(request)`, as
//! Node 24's `Module._resolveFilename` and `Module._resolveLookupPaths` answer them.
//! The lookup itself is `resolve.rs`'s; this file adds the `paths` option (each one a
//! starting point: a relative request is taken from it, a package name is looked up
//! in its `node_modules` and those above) and the list of folders a name is searched in.

use super::cjs_resolve::{self as cjs, Resolved};
use super::package_errors::{invalid_package, not_exported};
use super::resolve::{self, Failure};
use crate::errors::invalid_arg_type;
use crate::host::Host;
use crate::stdlib;
use boa_engine::object::builtins::{JsArray, JsFunction};
use boa_engine::object::FunctionObjectBuilder;
use boa_engine::{js_string, Context, JsObject, JsResult, JsValue, NativeFunction};
use std::path::{Path, PathBuf};

/// The `require.resolve` function (with its `paths`) of the module `module`.
pub(super) fn make(context: &mut Context, module: JsObject) -> JsResult<JsFunction> {
    let resolve = NativeFunction::from_copy_closure_with_captures(
        |_, args, module: &JsObject, context| resolve(module, args, context),
        module.clone(),
    );
    let resolve = FunctionObjectBuilder::new(context.realm(), resolve)
        .name(js_string!("resolve"))
        .length(2)
        .build();
    let paths = NativeFunction::from_copy_closure_with_captures(
        |_, args, module: &JsObject, context| lookup_paths(module, args, context),
        module,
    );
    let paths = FunctionObjectBuilder::new(context.realm(), paths)
        .name(js_string!("paths"))
        .length(1)
        .build();
    resolve.set(js_string!("paths"), paths, false, context)?;
    Ok(resolve)
}

/// The request argument, which Node names `request` here (and `id` in `require`).
fn request_arg(args: &[JsValue], context: &mut Context) -> JsResult<String> {
    let value = args.first().cloned().unwrap_or_default();
    match value.as_string() {
        Some(s) => Ok(s.to_std_string_lossy()),
        None => Err(invalid_arg_type(context, "request", "string", &value)),
    }
}

/// `./x`, `../x`, `.`, `..` (an absolute path is not relative to anything).
fn is_relative(request: &str) -> bool {
    resolve::is_path_specifier(request) && !request.starts_with('/')
}

/// A builtin's name as `require` takes it (`fs`, `node:fs`, `node:test`).
fn is_builtin(context: &Context, request: &str) -> bool {
    if !Host::get(context).config.builtins {
        return false;
    }
    match request.strip_prefix("node:") {
        Some(name) => stdlib::is_public(name),
        None => stdlib::is_public_bare(request),
    }
}

fn resolve(module: &JsObject, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    request_arg(args, context)?;
    // A program replaced `Module._resolveFilename`: Node's `require.resolve` calls it.
    if let Some(hook) = super::hook_registry::get(context, super::hook_registry::RESOLVE) {
        let mut hook_args = vec![module.clone().into()];
        hook_args.extend(args.iter().take(2).cloned());
        return hook.call(&JsValue::undefined(), &hook_args, context);
    }
    resolve_default(module, args, context)
}

/// `require.resolve(request[, options])` from `module` as the loader answers it (Node's
/// own `Module._resolveFilename`).
pub(super) fn resolve_default(
    module: &JsObject,
    args: &[JsValue],
    context: &mut Context,
) -> JsResult<JsValue> {
    let request = request_arg(args, context)?;
    if request.starts_with("node:") && !is_builtin(context, &request) {
        // `require('node:nope')` says the builtin is unknown; resolving it finds no module.
        return Err(cjs::not_found(context, &request, module));
    }
    let options = args.get(1).and_then(JsValue::as_object);
    let paths = match options {
        Some(options) => options.get(js_string!("paths"), context)?,
        None => JsValue::undefined(),
    };
    if paths.is_undefined() || is_builtin(context, &request) {
        return match cjs::resolve(context, module, &request)? {
            // Node answers with the id as given (`fs`, `node:fs`).
            Resolved::Builtin(_) => Ok(js_string!(request.as_str()).into()),
            Resolved::Host(name) => Ok(js_string!(format!("host:{name}")).into()),
            Resolved::File(path) => Ok(js_string!(path.to_string_lossy().as_ref()).into()),
        };
    }
    let Some(list) = paths.as_object().filter(|o| o.is_array()) else {
        return Err(stdlib::node_error(
            context,
            "ERR_INVALID_ARG_VALUE",
            &[js_string!("options.paths").into(), paths],
        ));
    };
    let starts = start_dirs(&list, &paths, is_relative(&request), context)?;
    let fs = super::files(context);
    let conditions = super::user_conditions(context);
    let globals = super::global_paths::get(context);
    for start in starts {
        // A file in `start`, so that `start` is where the lookup begins.
        let from = start.join("[paths]");
        match resolve::resolve_cjs(&fs, &request, &from, &conditions, &globals) {
            Ok(path) => return Ok(js_string!(path.to_string_lossy().as_ref()).into()),
            Err(Failure::NotFound) => continue,
            Err(Failure::NotExported { subpath, json }) => {
                return Err(not_exported(context, &subpath, &json, None))
            }
            Err(Failure::InvalidPackage(json)) => {
                return Err(invalid_package(context, &json, None))
            }
        }
    }
    Err(cjs::not_found(context, &request, module))
}

/// `options.paths` as absolute folders; each must be a string (for a relative request
/// Node checks the list as a whole, for a package name each entry by its index).
fn start_dirs(
    list: &JsObject,
    value: &JsValue,
    relative: bool,
    context: &mut Context,
) -> JsResult<Vec<PathBuf>> {
    let len = list
        .get(js_string!("length"), context)?
        .to_length(context)?;
    let cwd = std::env::current_dir().unwrap_or_default();
    let mut out = Vec::new();
    for i in 0..len {
        let item = list.get(i, context)?;
        let Some(dir) = item.as_string() else {
            return Err(if relative {
                invalid_arg_type(context, "paths", "array of strings", value)
            } else {
                invalid_arg_type(context, &format!("paths[{i}]"), "string", &item)
            });
        };
        out.push(resolve::normalize(&cwd.join(dir.to_std_string_lossy())));
    }
    Ok(out)
}

/// `require.resolve.paths(request)`: null for a builtin, the module's folder for a
/// relative request, else the `node_modules` folders from the module's up and
/// Node's global folders.
fn lookup_paths(module: &JsObject, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let request = request_arg(args, context)?;
    if is_builtin(context, &request) {
        return Ok(JsValue::null());
    }
    let file = module
        .get(js_string!("filename"), context)?
        .as_string()
        .map(|s| PathBuf::from(s.to_std_string_lossy()))
        .unwrap_or_else(|| std::env::current_dir().unwrap_or_default().join("[eval]"));
    let dirs = if is_relative(&request) {
        vec![file.parent().unwrap_or(Path::new("/")).to_path_buf()]
    } else {
        let mut dirs = resolve::node_modules_paths(&file);
        dirs.extend(super::global_paths::get(context));
        dirs
    };
    let list = dirs
        .iter()
        .map(|d| JsValue::from(js_string!(d.to_string_lossy().as_ref())));
    Ok(JsArray::from_iter(list, context).into())
}
