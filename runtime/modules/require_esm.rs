//! `require()` of an ES module (Node 22+): the module graph is loaded and
//! evaluated synchronously when it has no top-level await.

use super::esm::Loader;
use crate::host::Host;
use crate::stdlib;
use boa_engine::builtins::promise::PromiseState;
use boa_engine::module::SyntheticModuleInitializer;
use boa_engine::{
    js_string, Context, JsError, JsNativeError, JsObject, JsResult, JsValue, Module,
    NativeFunction, Source,
};
use std::path::{Path, PathBuf};

/// Runs `f` from inside a small JavaScript function. Linking and
/// evaluating a module from inside a native leave values on Boa's VM stack
/// (module frames are popped without truncating the stack), which corrupts
/// the JavaScript call waiting on `require`, as in `o.f(require('./x.mjs'))`.
/// A JavaScript function's `return` truncates the stack to its frame.
fn in_js_frame(
    context: &mut Context,
    f: fn(&JsValue, &[JsValue], &JsValue, &mut Context) -> JsResult<JsValue>,
    captures: JsValue,
) -> JsResult<JsValue> {
    let host = Host::get(context);
    let trampoline = host.bindings.borrow().get("esm.trampoline").cloned();
    let trampoline = match trampoline {
        Some(t) => t,
        None => {
            let f = context.eval(Source::from_bytes("(function (run) { return run(); })"))?;
            let f = f
                .as_object()
                .ok_or_else(|| JsNativeError::typ().with_message("trampoline"))?;
            host.bindings
                .borrow_mut()
                .insert("esm.trampoline".to_string(), f.clone());
            f
        }
    };
    let run = NativeFunction::from_copy_closure_with_captures(f, captures)
        .to_js_function(context.realm());
    trampoline.call(&JsValue::undefined(), &[run.into()], context)
}

/// `require()` of an ES module (Node 20.19+): load, link and evaluate it
/// now; its namespace becomes `module.exports`. A graph with top-level
/// await cannot finish synchronously: `ERR_REQUIRE_ASYNC_MODULE`.
pub fn require_esm(context: &mut Context, path: &Path, module: &JsObject) -> JsResult<()> {
    let path_value = JsValue::from(js_string!(path.to_string_lossy().as_ref()));
    let namespace = in_js_frame(context, require_esm_now, path_value)?;
    if namespace.is_undefined() {
        let parent = super::module_parent::get(context, module)
            .ok()
            .and_then(|p| p.as_object())
            .and_then(|p| p.get(js_string!("filename"), context).ok())
            .and_then(|f| f.as_string())
            .map(|s| s.to_std_string_lossy())
            .unwrap_or_default();
        return Err(stdlib::node_error(
            context,
            "ERR_REQUIRE_ASYNC_MODULE",
            &[
                js_string!(path.to_string_lossy().as_ref()).into(),
                js_string!(parent).into(),
            ],
        ));
    }
    module.set(js_string!("exports"), namespace, false, context)?;
    Ok(())
}

/// Node 20's `require(esm)` of a module with a default export returns a
/// namespace that also has `__esModule: true` (for transpiled importers).
/// Boa's namespaces are closed, so a synthetic module copies the exports.
fn with_es_module_flag(context: &mut Context, esm: &Module) -> JsResult<JsValue> {
    let namespace = esm.namespace(context);
    let has_default = namespace.has_own_property(js_string!("default"), context)?;
    let has_flag = namespace.has_own_property(js_string!("__esModule"), context)?;
    if !has_default || has_flag {
        return Ok(namespace.into());
    }
    let init = SyntheticModuleInitializer::from_copy_closure_with_captures(
        |module, namespace: &JsObject, context| {
            module.set_export(&js_string!("__esModule"), true.into())?;
            for key in namespace.own_property_keys(context)? {
                if let boa_engine::property::PropertyKey::String(name) = key {
                    let value = namespace.get(name.clone(), context)?;
                    module.set_export(&name, value)?;
                }
            }
            Ok(())
        },
        namespace.clone(),
    );
    let mut names = vec![js_string!("__esModule")];
    for key in namespace.own_property_keys(context)? {
        if let boa_engine::property::PropertyKey::String(name) = key {
            names.push(name);
        }
    }
    let facade = Module::synthetic(&names, init, None, None, context);
    let loading = facade.load(context);
    let host = Host::get(context);
    while matches!(loading.state(), PromiseState::Pending) {
        if !host.kitchen.jobs.run_one_async(context)? {
            break;
        }
    }
    facade.link(context)?;
    facade.evaluate(context)?;
    Ok(facade.namespace(context).into())
}

/// Loads, links and evaluates the module at `path` (a string); returns its
/// namespace, or `undefined` if evaluation waits on a top-level await.
fn require_esm_now(
    _: &JsValue,
    _: &[JsValue],
    path: &JsValue,
    context: &mut Context,
) -> JsResult<JsValue> {
    let path = PathBuf::from(path.to_string(context)?.to_std_string_lossy());
    let loader = Loader::get(context);
    let esm = loader.file(context, &path)?;
    let loading = esm.load(context);
    let host = Host::get(context);
    while matches!(loading.state(), PromiseState::Pending) {
        if !host.kitchen.jobs.run_one_async(context)? {
            break;
        }
    }
    match loading.state() {
        PromiseState::Fulfilled(_) => {}
        PromiseState::Rejected(e) => return Err(JsError::from_opaque(e)),
        PromiseState::Pending => {
            return Err(JsNativeError::error()
                .with_message("sous: module loading did not finish")
                .into())
        }
    }
    esm.link(context)?;
    let evaluated = esm.evaluate(context)?;
    match evaluated.state() {
        PromiseState::Fulfilled(_) => with_es_module_flag(context, &esm),
        PromiseState::Rejected(e) => Err(JsError::from_opaque(e)),
        PromiseState::Pending => Ok(JsValue::undefined()),
    }
}
