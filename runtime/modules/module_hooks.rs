//! The loader's parts that packages patch (`Module.prototype.require`, `Module._load`,
//! `Module._resolveFilename`, `Module._extensions`, `Module.prototype._compile`):
//! the natives `node:module` builds them on. The loader stays native until a program
//! changes one of them; from then on every `require` goes through `module.require`
//! (the hook `node:module` registers in `hook_registry.rs`), as in Node.

use super::cjs::{self, load_with, require_default};
use super::hook_registry;
use boa_engine::{js_string, Context, JsNativeError, JsObject, JsResult, JsValue};
use std::path::PathBuf;

/// `setRequireHook(require, main)`: from now on `require(id)` from module `m` is
/// `require(m, id)`, and the CommonJS main module at `path` is loaded by `main(path)`.
pub(super) fn set_require_hook(
    _: &JsValue,
    args: &[JsValue],
    context: &mut Context,
) -> JsResult<JsValue> {
    hook_registry::set(context, hook_registry::REQUIRE, args.first());
    hook_registry::set(context, hook_registry::MAIN, args.get(1));
    Ok(JsValue::undefined())
}

/// `setResolveHook(fn)`: from now on `require.resolve(request, options)` from module `m`
/// is `fn(m, request, options)`.
pub(super) fn set_resolve_hook(
    _: &JsValue,
    args: &[JsValue],
    context: &mut Context,
) -> JsResult<JsValue> {
    hook_registry::set(context, hook_registry::RESOLVE, args.first());
    Ok(JsValue::undefined())
}

/// The module object a native was handed (`this` of `_compile`, `parent` of `_load`).
fn module_arg(value: Option<&JsValue>, what: &str) -> JsResult<JsObject> {
    value.and_then(JsValue::as_object).ok_or_else(|| {
        JsNativeError::typ()
            .with_message(format!("{what} must be a Module"))
            .into()
    })
}

/// A parent that may be missing (`Module._resolveFilename(id)`): a module in the working
/// directory, as for code evaluated outside any module.
fn parent_or_cwd(value: Option<&JsValue>, context: &mut Context) -> JsResult<JsObject> {
    match value.and_then(JsValue::as_object) {
        Some(p) => Ok(p),
        None => {
            let path = std::env::current_dir().unwrap_or_default().join("[eval]");
            cjs::new_module(context, &path, ".")
        }
    }
}

fn path_arg(value: Option<&JsValue>) -> JsResult<PathBuf> {
    value
        .and_then(JsValue::as_string)
        .map(|s| PathBuf::from(s.to_std_string_lossy()))
        .ok_or_else(|| {
            JsNativeError::typ()
                .with_message("filename must be a string")
                .into()
        })
}

/// `resolveFilename(parent, request, options)`: Node's own `Module._resolveFilename`
/// (what `require.resolve` answers): a builtin's name as asked (`fs`, `node:fs`),
/// `host:<name>`, or the file's real path.
pub(super) fn resolve_filename(
    _: &JsValue,
    args: &[JsValue],
    context: &mut Context,
) -> JsResult<JsValue> {
    let parent = parent_or_cwd(args.first(), context)?;
    super::require_resolve::resolve_default(&parent, args.get(1..).unwrap_or(&[]), context)
}

/// `requireDefault(parent, id)`: what `require(id)` from `parent` gives without hooks.
pub(super) fn require_native(
    _: &JsValue,
    args: &[JsValue],
    context: &mut Context,
) -> JsResult<JsValue> {
    let parent = parent_or_cwd(args.first(), context)?;
    require_default(&parent, args.get(1..).unwrap_or(&[]), context)
}

/// `loadWith(filename, parent, isMain, run)`: the module for `filename` (from the cache,
/// or made, cached and run by `run(module)`, an entry of `Module._extensions`): its exports.
pub(super) fn load_with_handler(
    _: &JsValue,
    args: &[JsValue],
    context: &mut Context,
) -> JsResult<JsValue> {
    let filename = path_arg(args.first())?;
    let parent = args.get(1).and_then(JsValue::as_object);
    let main = args.get(2).is_some_and(JsValue::to_boolean);
    let run = args
        .get(3)
        .and_then(JsValue::as_callable)
        .ok_or_else(|| JsNativeError::typ().with_message("run must be a function"))?;
    let module = load_with(
        context,
        &filename,
        parent.as_ref(),
        main,
        |context, module| {
            run.call(&JsValue::undefined(), &[module.clone().into()], context)
                .map(drop)
        },
    )?;
    module.get(js_string!("exports"), context)
}

/// `loadFile(module, filename, kind)`: the loader's own `.js` (CommonJS or ES module),
/// `.json` or `.node` handling of `filename` into `module` (the default `_extensions`).
pub(super) fn load_file(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let module = module_arg(args.first(), "module")?;
    let filename = path_arg(args.get(1))?;
    let kind = args
        .get(2)
        .and_then(JsValue::as_string)
        .map(|s| s.to_std_string_lossy())
        .unwrap_or_default();
    match kind.as_str() {
        ".json" => cjs::load_json(context, &filename, &module)?,
        ".node" => super::addon::load(context, &filename)?,
        _ => {
            let parent = super::module_parent::get(context, &module)?.as_object();
            cjs::load_js_or_esm(context, &filename, &module, parent.as_ref())?
        }
    }
    Ok(JsValue::undefined())
}

/// `compile(module, content, filename)`: Node's `Module.prototype._compile`.
pub(super) fn compile(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let module = module_arg(args.first(), "this")?;
    let content = args
        .get(1)
        .map(|v| v.to_string(context))
        .transpose()?
        .map(|s| s.to_std_string_lossy())
        .unwrap_or_default();
    let filename = path_arg(args.get(2))?;
    cjs::run_source(context, &filename, &module, &content)
}

/// `modulePrototype()`: the prototype every module object has.
pub(super) fn prototype(_: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    Ok(cjs::module_prototype(context)?.into())
}

/// `setParent(module, parent)`: for `new Module(id, parent)`.
pub(super) fn set_parent(
    _: &JsValue,
    args: &[JsValue],
    context: &mut Context,
) -> JsResult<JsValue> {
    let module = module_arg(args.first(), "module")?;
    let parent = args.get(1).cloned().unwrap_or_default();
    super::module_parent::set(context, &module, parent)?;
    Ok(JsValue::undefined())
}
