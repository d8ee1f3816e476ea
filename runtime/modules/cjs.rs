//! CommonJS: the main script, `require` of files and builtins, the module
//! cache, and the sources kept for error reports. Finding files is
//! `resolve.rs`'s job; `require` of an ES module goes to `esm.rs`.
//!
//! A file's code is wrapped as Node wraps it, on the same first line so line
//! numbers stay true; columns on line 1 are shifted by the wrapper, which
//! `line_one_offset` undoes for error reports.

use super::resolve::{self, Failure};
use crate::host::Host;
use crate::stdlib;
use boa_engine::object::builtins::{JsArray, JsFunction};
use boa_engine::object::{FunctionObjectBuilder, ObjectInitializer};
use boa_engine::property::{Attribute, PropertyDescriptor};
use boa_engine::{
    js_string, Context, JsError, JsNativeError, JsNativeErrorKind, JsObject, JsResult, JsValue,
    NativeFunction, Source,
};
use std::path::{Path, PathBuf};
use std::rc::Rc;

const WRAPPER_HEAD: &str = "(function (exports, require, module, __filename, __dirname) { ";
const WRAPPER_TAIL: &str = "\n})";

/// `import` of a CommonJS file: its `module.exports`, loaded through the
/// same cache as `require`.
pub(super) fn require_from_import(context: &mut Context, path: &Path) -> JsResult<JsValue> {
    let module = load(context, path, None, false)?;
    module.get(js_string!("exports"), context)
}

/// Runs `path` as the main module (`require.main === module`).
pub fn run_main(context: &mut Context, path: &Path) -> JsResult<()> {
    load(context, path, None, true).map(|_| ())
}

/// Evaluates `code` as if it were the main module at `path` (for `-e`/`-p`):
/// returns the completion value of the code.
pub fn eval_main(context: &mut Context, code: &str, path: &Path) -> JsResult<JsValue> {
    let host = Host::get(context);
    let name = path.to_string_lossy().to_string();
    host.sources
        .borrow_mut()
        .insert(name.clone(), Rc::from(code));
    let module = new_module(context, path, ".")?;
    install_main_globals(context, &module, path)?;
    crate::nesting::check(code)?;
    match context.eval(Source::from_bytes(code).with_path(path)) {
        Ok(v) => Ok(v),
        Err(e) => Err(syntax_error_with_location(context, e, &name)),
    }
}

/// The global `require` for code evaluated outside any module.
pub fn eval_require(context: &mut Context) -> JsResult<JsValue> {
    let path = std::env::current_dir().unwrap_or_default().join("[eval]");
    let module = new_module(context, &path, ".")?;
    Ok(make_require(context, module)?.into())
}

/// For the REPL: `require` (resolving from the working directory) and
/// `module` as globals, as Node's REPL has them.
pub fn install_repl_globals(context: &mut Context) -> JsResult<()> {
    let path = std::env::current_dir().unwrap_or_default().join("[repl]");
    let module = new_module(context, &path, "<repl>")?;
    let require = make_require(context, module.clone())?;
    let global = context.global_object();
    global.set(js_string!("require"), require, false, context)?;
    global.set(js_string!("module"), module, false, context)?;
    Ok(())
}

/// For `-e`: `require`, `module`, `exports`, `__filename`, `__dirname` as
/// globals, as Node's `[eval]` wrapper provides them.
fn install_main_globals(context: &mut Context, module: &JsObject, path: &Path) -> JsResult<()> {
    let require = make_require(context, module.clone())?;
    let exports = module.get(js_string!("exports"), context)?;
    let dir = path
        .parent()
        .unwrap_or(Path::new("/"))
        .to_string_lossy()
        .to_string();
    let global = context.global_object();
    global.set(js_string!("require"), require, false, context)?;
    global.set(js_string!("module"), module.clone(), false, context)?;
    global.set(js_string!("exports"), exports, false, context)?;
    global.set(
        js_string!("__filename"),
        js_string!(path.to_string_lossy().as_ref()),
        false,
        context,
    )?;
    global.set(
        js_string!("__dirname"),
        js_string!(dir.as_str()),
        false,
        context,
    )?;
    Ok(())
}

/// The text of a file the loader ran (or a builtin's), for code frames.
pub fn source_text(host: &Host, path: &str) -> Option<Rc<str>> {
    if let Some(src) = host.sources.borrow().get(path) {
        return Some(src.clone());
    }
    if let Some(name) = path.strip_prefix("node:") {
        return stdlib::source(name).map(Rc::from);
    }
    None
}

/// How many columns the CommonJS wrapper adds to line 1 of `path`.
pub fn line_one_offset(host: &Host, path: &str) -> usize {
    if host.wrapped.borrow().contains(path) {
        WRAPPER_HEAD.len()
    } else {
        0
    }
}

/// `require.cache`: one object shared by every `require`, keyed by filename.
fn module_cache(context: &mut Context) -> JsResult<JsObject> {
    let host = Host::get(context);
    if let Some(cache) = host.bindings.borrow().get("require.cache") {
        return Ok(cache.clone());
    }
    let cache = JsObject::with_null_proto();
    host.bindings
        .borrow_mut()
        .insert("require.cache".to_string(), cache.clone());
    Ok(cache)
}

/// The prototype of module objects: `constructor` is a function named
/// `Module` (so they inspect as `Module {...}`), and `require` is there.
fn module_prototype(context: &mut Context) -> JsResult<JsObject> {
    let host = Host::get(context);
    if let Some(proto) = host.bindings.borrow().get("Module.prototype") {
        return Ok(proto.clone());
    }
    let proto = JsObject::with_object_proto(context.intrinsics());
    let ctor = crate::ops::native(context, module_constructor, "Module", 0);
    let hidden = |v: JsValue| {
        PropertyDescriptor::builder()
            .value(v)
            .writable(true)
            .enumerable(false)
            .configurable(true)
    };
    proto.define_property_or_throw(js_string!("constructor"), hidden(ctor.into()), context)?;
    let req = crate::ops::native(context, module_require, "require", 1);
    proto.define_property_or_throw(js_string!("require"), hidden(req.into()), context)?;
    host.bindings
        .borrow_mut()
        .insert("Module.prototype".to_string(), proto.clone());
    Ok(proto)
}

fn module_constructor(_: &JsValue, _: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    Err(JsNativeError::typ()
        .with_message("Module objects are made by require")
        .into())
}

/// `module.require(id)`: `require` as seen from that module.
fn module_require(this: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let module = this
        .as_object()
        .ok_or_else(|| JsNativeError::typ().with_message("module.require needs a module"))?;
    require(&module, args, context)
}

fn new_module(context: &mut Context, filename: &Path, id: &str) -> JsResult<JsObject> {
    let proto = module_prototype(context)?;
    let exports = JsObject::with_object_proto(context.intrinsics());
    let children = JsArray::new(context)?;
    let name = filename.to_string_lossy();
    let dir = filename
        .parent()
        .unwrap_or(Path::new("/"))
        .to_string_lossy()
        .to_string();
    let paths = JsArray::from_iter(
        resolve::node_modules_paths(filename)
            .into_iter()
            .map(|p| JsValue::from(js_string!(p.to_string_lossy().as_ref()))),
        context,
    );
    let module = ObjectInitializer::new(context)
        .property(js_string!("id"), js_string!(id), Attribute::all())
        .property(
            js_string!("path"),
            js_string!(dir.as_str()),
            Attribute::all(),
        )
        .property(js_string!("exports"), exports, Attribute::all())
        .property(
            js_string!("filename"),
            js_string!(name.as_ref()),
            Attribute::all(),
        )
        .property(js_string!("loaded"), false, Attribute::all())
        .property(js_string!("children"), children, Attribute::all())
        .property(js_string!("paths"), paths, Attribute::all())
        .build();
    module.set_prototype(Some(proto));
    Ok(module)
}

/// Loads (or returns the cached) module at `filename`.
pub(super) fn load(
    context: &mut Context,
    filename: &Path,
    parent: Option<&JsObject>,
    main: bool,
) -> JsResult<JsObject> {
    let cache = module_cache(context)?;
    let key = js_string!(filename.to_string_lossy().as_ref());
    if let Some(cached) = cache.get(key.clone(), context)?.as_object() {
        return Ok(cached);
    }
    let id = if main {
        ".".to_string()
    } else {
        filename.to_string_lossy().to_string()
    };
    let module = new_module(context, filename, &id)?;
    if let Some(parent) = parent {
        // Kept for the require stack; hidden as Node's deprecated getter is.
        module.define_property_or_throw(
            js_string!("parent"),
            PropertyDescriptor::builder()
                .value(parent.clone())
                .writable(true)
                .enumerable(false)
                .configurable(true),
            context,
        )?;
        let children = parent.get(js_string!("children"), context)?;
        if let Some(children) = children.as_object() {
            JsArray::from_object(children)?.push(module.clone(), context)?;
        }
    }
    if main {
        let host = Host::get(context);
        host.bindings
            .borrow_mut()
            .insert("require.main".to_string(), module.clone());
    }
    // Cached before running: a cycle sees the partial exports.
    cache.set(key.clone(), module.clone(), false, context)?;
    let result = if filename.extension().is_some_and(|e| e == "json") {
        load_json(context, filename, &module)
    } else if is_esm_file(context, filename)? {
        super::esm::require_esm(context, filename, &module)
    } else {
        load_js(context, filename, &module)
    };
    if let Err(err) = result {
        cache.delete_property_or_throw(key, context)?;
        return Err(err);
    }
    module.set(js_string!("loaded"), true, false, context)?;
    Ok(module)
}

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

fn load_json(context: &mut Context, filename: &Path, module: &JsObject) -> JsResult<()> {
    let value = parse_json_file(context, filename)?;
    module.set(js_string!("exports"), value, false, context)?;
    Ok(())
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
    crate::ops::json_parse::parse(&js_string!(text), context).map_err(|e| {
        let message = match e.try_native(context) {
            Ok(native) => native.message().to_string(),
            Err(_) => e.to_string(),
        };
        JsNativeError::syntax()
            .with_message(format!("{}: {message}", filename.display()))
            .into()
    })
}

fn load_js(context: &mut Context, filename: &Path, module: &JsObject) -> JsResult<()> {
    let text = read_source(context, filename)?;
    crate::nesting::check(&text)?;
    let name = filename.to_string_lossy().to_string();
    let host = Host::get(context);
    host.sources
        .borrow_mut()
        .insert(name.clone(), Rc::from(text.as_str()));
    host.wrapped.borrow_mut().insert(name.clone());
    let wrapped = format!("{WRAPPER_HEAD}{text}{WRAPPER_TAIL}");
    let function = match context.eval(Source::from_bytes(&wrapped).with_path(filename)) {
        Ok(f) => f,
        Err(e) => return Err(syntax_error_with_location(context, e, &name)),
    };
    let function = function
        .as_callable()
        .ok_or_else(|| JsNativeError::syntax().with_message("Unexpected end of input"))?;
    let exports = module.get(js_string!("exports"), context)?;
    let require = make_require(context, module.clone())?;
    let dir = filename
        .parent()
        .unwrap_or(Path::new("/"))
        .to_string_lossy()
        .to_string();
    function.call(
        &exports.clone(),
        &[
            exports,
            require.into(),
            module.clone().into(),
            js_string!(name.as_str()).into(),
            js_string!(dir.as_str()).into(),
        ],
        context,
    )?;
    Ok(())
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

/// A `require` bound to `module`.
fn make_require(context: &mut Context, module: JsObject) -> JsResult<JsFunction> {
    let f = NativeFunction::from_copy_closure_with_captures(
        |_, args, module: &JsObject, context| require(module, args, context),
        module.clone(),
    );
    let require = FunctionObjectBuilder::new(context.realm(), f)
        .name(js_string!("require"))
        .length(1)
        .constructor(false)
        .build();
    let resolve = NativeFunction::from_copy_closure_with_captures(
        |_, args, module: &JsObject, context| {
            let id = id_arg(args, context)?;
            match resolve(context, module, &id)? {
                // Node answers with the id as given (`fs`, `node:fs`).
                Resolved::Builtin(_) => Ok(js_string!(id.as_str()).into()),
                Resolved::Host(name) => Ok(js_string!(format!("host:{name}")).into()),
                Resolved::File(path) => Ok(js_string!(path.to_string_lossy().as_ref()).into()),
            }
        },
        module,
    );
    let resolve = FunctionObjectBuilder::new(context.realm(), resolve)
        .name(js_string!("resolve"))
        .length(1)
        .build();
    require.set(js_string!("resolve"), resolve, false, context)?;
    let cache = module_cache(context)?;
    require.set(js_string!("cache"), cache, false, context)?;
    let main = Host::get(context)
        .bindings
        .borrow()
        .get("require.main")
        .cloned();
    require.set(
        js_string!("main"),
        main.map(JsValue::from).unwrap_or_default(),
        false,
        context,
    )?;
    Ok(require)
}

fn id_arg(args: &[JsValue], context: &mut Context) -> JsResult<String> {
    match args.first().and_then(JsValue::as_string) {
        Some(s) if s.is_empty() => Err(stdlib::node_error(
            context,
            "ERR_INVALID_ARG_VALUE",
            &[
                js_string!("id").into(),
                js_string!("").into(),
                js_string!("must be a non-empty string").into(),
            ],
        )),
        Some(s) => Ok(s.to_std_string_lossy()),
        None => Err(crate::errors::invalid_arg_type(
            context,
            "id",
            "string",
            args.first().unwrap_or(&JsValue::undefined()),
        )),
    }
}

enum Resolved {
    Builtin(String),
    Host(String),
    File(PathBuf),
}

fn require(parent: &JsObject, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let id = id_arg(args, context)?;
    match resolve(context, parent, &id)? {
        Resolved::Builtin(name) => stdlib::require(context, &name),
        Resolved::Host(name) => {
            let exports = Host::get(context).host_modules.borrow().get(&name).cloned();
            Ok(exports.map(JsValue::from).unwrap_or_default())
        }
        Resolved::File(path) => {
            let module = load(context, &path, Some(parent), false)?;
            module.get(js_string!("exports"), context)
        }
    }
}

fn resolve(context: &mut Context, parent: &JsObject, id: &str) -> JsResult<Resolved> {
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
    match resolve::resolve_cjs(&super::files(context), id, &parent_file) {
        Ok(path) => Ok(Resolved::File(path)),
        Err(Failure::NotFound) => Err(not_found(context, id, parent)),
        Err(Failure::NotExported { subpath, json }) => {
            Err(not_exported(context, &subpath, &json, None))
        }
        Err(Failure::InvalidPackage(json)) => Err(invalid_package(context, &json, None)),
    }
}

/// Whether `path` is an ES module (`resolve::is_esm_file`), a broken
/// package.json in its scope being Node's error.
pub(super) fn is_esm_file(context: &mut Context, path: &Path) -> JsResult<bool> {
    resolve::is_esm_file(&super::files(context), path)
        .map_err(|e| invalid_package(context, &e.0, None))
}

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

/// The error for a main script that does not exist.
pub fn main_not_found(context: &mut Context, path: &Path) -> JsError {
    let parent = JsObject::with_null_proto();
    not_found(context, &path.to_string_lossy(), &parent)
}

/// `Error: Cannot find module 'x'` with Node's `code` and `requireStack`.
fn not_found(context: &mut Context, id: &str, parent: &JsObject) -> JsError {
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
        current = m
            .get(js_string!("parent"), context)
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

/// `internalBinding('modules')` for `stdlib-js/module.js`.
pub fn binding(context: &mut Context) -> JsResult<JsObject> {
    Ok(ObjectInitializer::new(context)
        .function(
            NativeFunction::from_fn_ptr(create_require),
            js_string!("createRequire"),
            1,
        )
        .function(
            NativeFunction::from_fn_ptr(builtin_modules),
            js_string!("builtinModules"),
            0,
        )
        .function(
            NativeFunction::from_fn_ptr(call_source),
            js_string!("callSource"),
            3,
        )
        .build())
}

/// `callSource(path, line, column)`: the source text of the call whose
/// `(` is at that position (Boa's frames point there), for assert's
/// "The expression evaluated to a falsy value" message; `undefined` when
/// the source is not known. As in Node, only the call's line is read: a call
/// that goes on past it gives the rest of that line, and a callee that is the
/// member of a value on an earlier line (`assert\n.ok(x)`) starts at its name.
fn call_source(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let path = args
        .first()
        .cloned()
        .unwrap_or_default()
        .to_string(context)?
        .to_std_string_lossy();
    let line = args.get(1).cloned().unwrap_or_default().to_u32(context)? as usize;
    let mut column = args.get(2).cloned().unwrap_or_default().to_u32(context)? as usize;
    let host = Host::get(context);
    let Some(source) = source_text(&host, &path) else {
        return Ok(JsValue::undefined());
    };
    if line == 1 {
        column = column.saturating_sub(line_one_offset(&host, &path));
    }
    let Some(text) = source.lines().nth(line.saturating_sub(1)) else {
        return Ok(JsValue::undefined());
    };
    let chars: Vec<char> = text.chars().collect();
    let open = column.saturating_sub(1);
    if chars.get(open) != Some(&'(') {
        return Ok(JsValue::undefined());
    }
    // Back over the callee: names, `.`, `?.` and `[...]` member accesses.
    let mut start = open;
    while start > 0 {
        let c = chars[start - 1];
        let optional_chain = c == '?' && chars.get(start) == Some(&'.');
        if c.is_alphanumeric() || c == '_' || c == '$' || c == '.' || optional_chain {
            start -= 1;
        } else if c == ']' {
            let mut depth = 0usize;
            let mut at = start;
            while at > 0 {
                at -= 1;
                match chars[at] {
                    ']' => depth += 1,
                    '[' => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
            }
            if depth != 0 {
                break;
            }
            start = at;
        } else {
            break;
        }
    }
    while chars.get(start) == Some(&'.') {
        start += 1;
    }
    let mut depth = 0usize;
    let mut quote: Option<char> = None;
    for (i, &c) in chars.iter().enumerate().skip(open) {
        match quote {
            Some(q) if c == q && chars.get(i.wrapping_sub(1)) != Some(&'\\') => quote = None,
            Some(_) => {}
            None => match c {
                '\'' | '"' | '`' => quote = Some(c),
                '(' | '[' | '{' => depth += 1,
                ')' | ']' | '}' => {
                    depth -= 1;
                    if depth == 0 {
                        let code: String = chars[start..=i].iter().collect();
                        return Ok(js_string!(code).into());
                    }
                }
                _ => {}
            },
        }
    }
    let code: String = chars[start..].iter().collect();
    Ok(js_string!(code).into())
}

/// `module.createRequire(path)`: a `require` resolving from `path`.
fn create_require(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let path = PathBuf::from(id_arg(args, context)?);
    let module = new_module(context, &path, &path.to_string_lossy())?;
    Ok(make_require(context, module)?.into())
}

fn builtin_modules(_: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let names = stdlib::public_names().map(|n| JsValue::from(js_string!(n.as_ref())));
    Ok(JsArray::from_iter(names, context).into())
}
