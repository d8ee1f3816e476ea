//! CommonJS: the main script, `require` of files and builtins, the module
//! cache, and the sources kept for error reports. Finding files is
//! `resolve.rs`'s job; `require` of an ES module goes to `esm.rs`.
//!
//! A file's code is wrapped as Node wraps it, on the same first line so line
//! numbers stay true; columns on line 1 are shifted by the wrapper, which
//! `line_one_offset` undoes for error reports.

use super::cjs_resolve::{resolve, Resolved};
use super::files::{is_esm_file, parse_json_file, read_source, script_text};
use super::hook_registry;
use crate::host::Host;
use crate::stdlib;
use crate::syntax_errors::placed as syntax_error_with_location;
use boa_engine::object::builtins::{JsArray, JsFunction};
use boa_engine::object::{FunctionObjectBuilder, ObjectInitializer};
use boa_engine::property::{Attribute, PropertyDescriptor};
use boa_engine::{
    js_string, Context, JsError, JsNativeError, JsObject, JsResult, JsValue, NativeFunction, Source,
};
use std::path::Path;

const WRAPPER_HEAD: &str = "(function (exports, require, module, __filename, __dirname) { ";
const WRAPPER_TAIL: &str = "\n})";
/// The helper for require cycles (and, once one was seen, its key in `host.bindings`).
const CIRCULAR: &str = "internal/modules/circular";

/// `ERR_REQUIRE_ESM` (with `--no-experimental-require-module`), naming the requiring file.
fn require_esm_refused(
    context: &mut Context,
    filename: &Path,
    parent: Option<&JsObject>,
) -> JsError {
    let parent_path = parent
        .and_then(|p| p.get(js_string!("filename"), context).ok())
        .and_then(|f| f.as_string().map(|s| s.to_std_string_lossy()))
        .unwrap_or_else(|| {
            let cwd = std::env::current_dir().unwrap_or_default();
            cwd.join("[eval]").to_string_lossy().to_string()
        });
    stdlib::node_error(
        context,
        "ERR_REQUIRE_ESM",
        &[
            js_string!(filename.to_string_lossy().as_ref()).into(),
            js_string!(parent_path.as_str()).into(),
        ],
    )
}

/// Adds `child` to `parent.children` unless it is there already.
fn add_child(context: &mut Context, parent: &JsObject, child: &JsObject) -> JsResult<()> {
    let children = parent.get(js_string!("children"), context)?;
    let Some(children) = children.as_object().filter(|c| c.is_array()) else {
        return Ok(());
    };
    let children = JsArray::from_object(children)?;
    let len = children.length(context)?;
    for i in 0..len {
        if children.get(i, context)?.as_object().as_ref() == Some(child) {
            return Ok(());
        }
    }
    children.push(child.clone(), context)?;
    Ok(())
}

/// `import` of a CommonJS file: its `module.exports`, loaded through the
/// same cache as `require`.
pub(super) fn require_from_import(context: &mut Context, path: &Path) -> JsResult<JsValue> {
    let module = load(context, path, None, false)?;
    module.get(js_string!("exports"), context)
}

/// Runs `path` as the main module (`require.main === module`).
pub fn run_main(context: &mut Context, path: &Path) -> JsResult<()> {
    // A preload that patched the loader (`require.extensions['.ts']`, `Module._load`)
    // sees the main module too: `Module._load(path, null, true)`, as in Node.
    if let Some(hook) = hook_registry::get(context, hook_registry::MAIN) {
        let path = js_string!(path.to_string_lossy().as_ref());
        return hook
            .call(&JsValue::undefined(), &[path.into()], context)
            .map(drop);
    }
    load(context, path, None, true).map(|_| ())
}

/// Evaluates `code` as if it were the main module at `path` (for `-e`/`-p`):
/// returns the completion value of the code.
pub fn eval_main(context: &mut Context, code: &str, path: &Path) -> JsResult<JsValue> {
    let host = Host::get(context);
    let name = path.to_string_lossy().to_string();
    host.sources.record(&name, code);
    let module = new_module(context, path, ".")?;
    install_main_globals(context, &module, path)?;
    crate::guards::nesting::check(code)?;
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
    super::builtin_globals::install(context)
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
    super::builtin_globals::install(context)
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
pub(super) fn module_prototype(context: &mut Context) -> JsResult<JsObject> {
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
    super::module_parent::install(context, &proto)?;
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

pub(super) fn new_module(context: &mut Context, filename: &Path, id: &str) -> JsResult<JsObject> {
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
        super::resolve::node_modules_paths(filename)
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
    load_with(context, filename, parent, main, |context, module| {
        load_by_extension(context, filename, module, parent)
    })
}

/// Loads (or returns the cached) module at `filename`, its code run by `run`
/// (the loader's own handling, or an entry of `Module._extensions` a program set):
/// the cache, `children`, `parent`, `loaded` and require cycles are kept here.
pub(super) fn load_with(
    context: &mut Context,
    filename: &Path,
    parent: Option<&JsObject>,
    main: bool,
    run: impl FnOnce(&mut Context, &JsObject) -> JsResult<()>,
) -> JsResult<JsObject> {
    let cache = module_cache(context)?;
    let key = js_string!(filename.to_string_lossy().as_ref());
    if let Some(cached) = cache.get(key.clone(), context)?.as_object() {
        // A module already loaded elsewhere still becomes this parent's child (once).
        if let Some(parent) = parent {
            add_child(context, parent, &cached)?;
        }
        if !cached.get(js_string!("loaded"), context)?.to_boolean() {
            // A require cycle: the partial exports warn on what they lack.
            stdlib::call(context, CIRCULAR, "markCircular", &[cached.clone().into()])?;
            Host::get(context)
                .bindings
                .borrow_mut()
                .insert(CIRCULAR.to_string(), cached.clone());
        }
        return Ok(cached);
    }
    let id = if main {
        ".".to_string()
    } else {
        filename.to_string_lossy().to_string()
    };
    let module = new_module(context, filename, &id)?;
    super::module_parent::set(
        context,
        &module,
        parent.map_or(JsValue::null(), |p| p.clone().into()),
    )?;
    if let Some(parent) = parent {
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
    if let Err(err) = run(context, &module) {
        cache.delete_property_or_throw(key, context)?;
        return Err(err);
    }
    module.set(js_string!("loaded"), true, false, context)?;
    // Only once a cycle was seen: the warning prototype comes off when its module is done.
    if Host::get(context).bindings.borrow().contains_key(CIRCULAR) {
        stdlib::call(
            context,
            CIRCULAR,
            "unmarkCircular",
            &[module.clone().into()],
        )?;
    }
    Ok(module)
}

/// The loader's own handling of a file, chosen by its extension (and package type).
pub(super) fn load_by_extension(
    context: &mut Context,
    filename: &Path,
    module: &JsObject,
    parent: Option<&JsObject>,
) -> JsResult<()> {
    if filename.extension().is_some_and(|e| e == "json") {
        load_json(context, filename, module)
    } else if filename.extension().is_some_and(|e| e == "node") {
        super::addon::load(context, filename)
    } else {
        load_js_or_esm(context, filename, module, parent)
    }
}

/// A `.js`-like file: an ES module (under `"type": "module"` or `.mjs`) or CommonJS.
pub(super) fn load_js_or_esm(
    context: &mut Context,
    filename: &Path,
    module: &JsObject,
    parent: Option<&JsObject>,
) -> JsResult<()> {
    if is_esm_file(context, filename)? {
        if Host::get(context).config.options.no_require_module {
            Err(require_esm_refused(context, filename, parent))
        } else {
            super::require_esm::require_esm(context, filename, module)
        }
    } else {
        load_js(context, filename, module)
    }
}

pub(super) fn load_json(context: &mut Context, filename: &Path, module: &JsObject) -> JsResult<()> {
    let value = parse_json_file(context, filename)?;
    module.set(js_string!("exports"), value, false, context)?;
    Ok(())
}

/// Compiles `filename` inside Node's wrapper, without running it: the wrapper function.
pub(super) fn compile(context: &mut Context, filename: &Path) -> JsResult<JsObject> {
    let text = read_source(context, filename)?;
    compile_source(context, filename, &text)
}

/// Compiles `text` (made ready by `files::script_text`) as the CommonJS file `filename`
/// inside Node's wrapper.
fn compile_source(context: &mut Context, filename: &Path, text: &str) -> JsResult<JsObject> {
    crate::guards::nesting::check(text)?;
    let name = filename.to_string_lossy().to_string();
    let (wrapped, head_len) = match patched_wrap(context)? {
        // A program replaced `Module.wrap` or changed `Module.wrapper`: its wrapping.
        Some(wrap) => {
            let value = wrap.call(&JsValue::undefined(), &[js_string!(text).into()], context)?;
            let wrapped = value.to_string(context)?.to_std_string_lossy();
            let head_len = wrapped.find(text).unwrap_or(0);
            (wrapped, head_len)
        }
        None => (
            format!("{WRAPPER_HEAD}{text}{WRAPPER_TAIL}"),
            WRAPPER_HEAD.len(),
        ),
    };
    let host = Host::get(context);
    host.sources.record_wrapped(&name, text, head_len);
    let function = match context.eval(Source::from_bytes(&wrapped).with_path(filename)) {
        Ok(f) => f,
        Err(e) => return Err(syntax_error_with_location(context, e, &name)),
    };
    function.as_callable().ok_or_else(|| {
        JsNativeError::syntax()
            .with_message("Unexpected end of input")
            .into()
    })
}

/// The wrapping function `node:module` registered once `Module.wrap`/`wrapper` were changed.
fn patched_wrap(context: &mut Context) -> JsResult<Option<JsObject>> {
    let hook = Host::get(context)
        .bindings
        .borrow()
        .get("Module.wrap")
        .cloned();
    Ok(hook.filter(JsObject::is_callable))
}

fn load_js(context: &mut Context, filename: &Path, module: &JsObject) -> JsResult<()> {
    let function = compile(context, filename)?;
    run_wrapped(context, filename, module, &function)
}

/// `module._compile(content, filename)`: runs `content` as `module`'s code.
pub(super) fn run_source(
    context: &mut Context,
    filename: &Path,
    module: &JsObject,
    text: &str,
) -> JsResult<JsValue> {
    let function = compile_source(context, filename, &script_text(text.to_string()))?;
    run_wrapped(context, filename, module, &function)?;
    Ok(JsValue::undefined())
}

/// Calls a module's wrapper function with its `exports`, `require`, `module`, file and folder.
fn run_wrapped(
    context: &mut Context,
    filename: &Path,
    module: &JsObject,
    function: &JsObject,
) -> JsResult<()> {
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
            js_string!(filename.to_string_lossy().as_ref()).into(),
            js_string!(dir.as_str()).into(),
        ],
        context,
    )?;
    Ok(())
}

/// A `require` bound to `module`.
pub(super) fn make_require(context: &mut Context, module: JsObject) -> JsResult<JsFunction> {
    let f = NativeFunction::from_copy_closure_with_captures(
        |_, args, module: &JsObject, context| require(module, args, context),
        module.clone(),
    );
    let require = FunctionObjectBuilder::new(context.realm(), f)
        .name(js_string!("require"))
        .length(1)
        .constructor(false)
        .build();
    let resolve = super::require_resolve::make(context, module)?;
    // Own data properties, never through a setter on Object.prototype.
    require.create_data_property_or_throw(js_string!("resolve"), resolve, context)?;
    let cache = module_cache(context)?;
    require.create_data_property_or_throw(js_string!("cache"), cache, context)?;
    hook_registry::define_extensions(context, &require)?;
    let main = Host::get(context)
        .bindings
        .borrow()
        .get("require.main")
        .cloned();
    require.create_data_property_or_throw(
        js_string!("main"),
        main.map(JsValue::from).unwrap_or_default(),
        context,
    )?;
    Ok(require)
}

pub(super) fn id_arg(args: &[JsValue], context: &mut Context) -> JsResult<String> {
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

fn require(parent: &JsObject, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    // Once a program patched `Module.prototype.require`, `Module._load` & co., every
    // `require` goes through them (`module.require(id)`, as in Node).
    if let Some(hook) = hook_registry::get(context, hook_registry::REQUIRE) {
        let id = args.first().cloned().unwrap_or_default();
        return hook.call(&JsValue::undefined(), &[parent.clone().into(), id], context);
    }
    require_default(parent, args, context)
}

/// `require` as the loader does it, without the hooks a program may have set.
pub(super) fn require_default(
    parent: &JsObject,
    args: &[JsValue],
    context: &mut Context,
) -> JsResult<JsValue> {
    let id = id_arg(args, context)?;
    match resolve(context, parent, &id)? {
        // Node looks a bare builtin name up in `require.cache` first (a script or a
        // test may stand in for `fs` there); `node:fs` always is the builtin.
        Resolved::Builtin(name) if !id.starts_with("node:") => {
            let cached = module_cache(context)?.get(js_string!(name.as_str()), context)?;
            match cached.as_object() {
                Some(module) => module.get(js_string!("exports"), context),
                None => stdlib::require(context, &name),
            }
        }
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
