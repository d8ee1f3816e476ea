//! ES modules: sous's Boa `ModuleLoader`.
//!
//! Boa asks the loader for every `import` (static or dynamic, from a module
//! or from a CommonJS script); the loader resolves as Node does
//! (`resolve.rs`) and hands back one of:
//! - a source text module (`.mjs`, `.js` under `"type": "module"`);
//! - a synthetic module for a builtin (`node:fs`, `fs`): `default` is the
//!   builtin's exports, and every own key is a named export;
//! - a synthetic module for a CommonJS file: `default` is `module.exports`,
//!   named exports are the names `cjs_exports::detect` finds in the source
//!   (as Node's cjs-module-lexer), read after the file ran;
//! - a JSON module (`with { type: 'json' }`).
//!
//! Loading runs as Boa `AsyncJob`s in the microtask queue (`jobs.rs`); the
//! main module's promise is kept so a top-level await that can never settle
//! ends the process with Node's code 13.

use super::cjs_exports;
use super::files;
use super::package_errors;
use super::resolve::{self, EsmFailure};
use crate::host::Host;
use crate::stdlib;
use boa_engine::module::{ModuleLoader, Referrer, SyntheticModuleInitializer};
use boa_engine::object::builtins::{JsArray, JsPromise};
use boa_engine::{
    js_string, Context, JsError, JsNativeError, JsObject, JsResult, JsString, JsValue, Module,
    NativeFunction, Source,
};
use std::cell::RefCell;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::rc::Rc;

/// The name of the module `--input-type=module` code runs as, in the working directory.
pub const EVAL_MODULE: &str = "[eval1]";

/// Loads a CommonJS file for `import` and returns its `module.exports`.
pub type LoadCommonJs = fn(&mut Context, &Path) -> JsResult<JsValue>;

/// The module map: one `Module` per file (and per builtin), so that every
/// importer sees the same instance.
pub struct Loader {
    /// CommonJS's loader (see `modules/mod.rs`).
    commonjs: LoadCommonJs,
    pub(super) files: RefCell<HashMap<PathBuf, Module>>,
    pub(super) builtins: RefCell<HashMap<String, Module>>,
    /// The main module's evaluation promise.
    pub(super) main: RefCell<Option<JsPromise>>,
    /// The main module's file: its `import.meta.main` is true.
    pub(super) main_path: RefCell<Option<PathBuf>>,
    /// What the main module's evaluation rejected with, until reported.
    pub(super) main_rejection: RefCell<Option<JsValue>>,
}

impl Loader {
    pub fn new(commonjs: LoadCommonJs) -> Self {
        Loader {
            commonjs,
            files: RefCell::default(),
            builtins: RefCell::default(),
            main: RefCell::default(),
            main_path: RefCell::default(),
            main_rejection: RefCell::default(),
        }
    }
}

impl ModuleLoader for Loader {
    fn load_imported_module(
        self: Rc<Self>,
        referrer: Referrer,
        request: boa_engine::module::ModuleRequest,
        context: &RefCell<&mut Context>,
    ) -> impl std::future::Future<Output = JsResult<Module>> {
        let referrer = referrer
            .path()
            .map(Path::to_path_buf)
            .unwrap_or_else(|| std::env::current_dir().unwrap_or_default().join("[eval]"));
        let specifier = request.specifier().to_std_string_lossy();
        let json = request
            .get_attribute("type")
            .is_some_and(|t| t == &js_string!("json"));
        let result = self.import(&mut context.borrow_mut(), &specifier, &referrer, json);
        std::future::ready(result)
    }

    fn init_import_meta(self: Rc<Self>, meta: &JsObject, module: &Module, context: &mut Context) {
        let Some(path) = module.path() else { return };
        let name = path.to_string_lossy();
        let dir = path
            .parent()
            .unwrap_or(Path::new("/"))
            .to_string_lossy()
            .into_owned();
        let url = match path.file_name() {
            // Code from `-e`/stdin: Node resolves the name against the directory's URL, so
            // its brackets stay as they are.
            Some(file) if file == EVAL_MODULE => {
                format!("{}/{EVAL_MODULE}", crate::ops::url::file_url(&dir))
            }
            _ => crate::ops::url::file_url(&name),
        };
        let resolve = NativeFunction::from_copy_closure_with_captures(
            meta_resolve,
            JsValue::from(js_string!(name.as_ref())),
        )
        .to_js_function(context.realm());
        let _ = meta.set(
            js_string!("dirname"),
            js_string!(dir.as_str()),
            false,
            context,
        );
        let _ = meta.set(
            js_string!("filename"),
            js_string!(name.as_ref()),
            false,
            context,
        );
        let is_main = self.main_path.borrow().as_deref() == Some(path);
        let _ = meta.set(js_string!("main"), is_main, false, context);
        let _ = meta.set(js_string!("resolve"), resolve, false, context);
        let _ = meta.set(js_string!("url"), js_string!(url.as_str()), false, context);
    }
}

/// `import.meta.resolve(specifier)`: the URL an import would load.
fn meta_resolve(
    _: &JsValue,
    args: &[JsValue],
    module: &JsValue,
    context: &mut Context,
) -> JsResult<JsValue> {
    let referrer = PathBuf::from(module.to_string(context)?.to_std_string_lossy());
    let specifier = args
        .first()
        .cloned()
        .unwrap_or_default()
        .to_string(context)?
        .to_std_string_lossy();
    if let Some(name) = builtin_name(context, &specifier)? {
        return Ok(js_string!(format!("node:{name}")).into());
    }
    let conditions = super::user_conditions(context);
    match resolve::resolve_esm(&super::files(context), &specifier, &referrer, &conditions) {
        // Node resolves a path without checking that the file exists.
        Ok(path) | Err(EsmFailure::Module(path)) => {
            Ok(js_string!(crate::ops::url::file_url(&path.to_string_lossy())).into())
        }
        Err(failure) => Err(resolve_error(context, &specifier, failure, &referrer)),
    }
}

impl Loader {
    pub(super) fn get(context: &Context) -> Rc<Loader> {
        context
            .downcast_module_loader::<Loader>()
            .expect("sous's module loader")
    }

    /// The module `specifier` names, imported from `referrer`.
    fn import(
        &self,
        context: &mut Context,
        specifier: &str,
        referrer: &Path,
        json: bool,
    ) -> JsResult<Module> {
        if let Some(name) = builtin_name(context, specifier)? {
            return self.builtin(context, &name);
        }
        let conditions = super::user_conditions(context);
        let path = resolve::resolve_esm(&super::files(context), specifier, referrer, &conditions)
            .map_err(|failure| resolve_error(context, specifier, failure, referrer))?;
        let is_json = path.extension().is_some_and(|e| e == "json");
        if is_json && !json {
            let url = format!("file://{}", path.display());
            return Err(stdlib::node_error(
                context,
                "ERR_IMPORT_ATTRIBUTE_MISSING",
                &[js_string!(url).into(), js_string!("json").into()],
            ));
        }
        self.file(context, &path)
    }

    /// The module for a file, made once.
    pub(super) fn file(&self, context: &mut Context, path: &Path) -> JsResult<Module> {
        if let Some(m) = self.files.borrow().get(path) {
            return Ok(m.clone());
        }
        let esm = files::is_esm_file(context, path)?;
        let module = match path.extension().and_then(|e| e.to_str()) {
            Some("json") => {
                let value = files::parse_json_file(context, path)?;
                Module::from_value_as_default(value, context)
            }
            Some("mjs" | "js" | "cjs") if esm => parse(context, path)?,
            Some("js" | "cjs") => commonjs_facade(context, path)?,
            _ => {
                let ext = path
                    .extension()
                    .map(|e| format!(".{}", e.to_string_lossy()))
                    .unwrap_or_default();
                return Err(stdlib::node_error(
                    context,
                    "ERR_UNKNOWN_FILE_EXTENSION",
                    &[
                        js_string!(ext).into(),
                        js_string!(path.to_string_lossy().as_ref()).into(),
                    ],
                ));
            }
        };
        self.files
            .borrow_mut()
            .insert(path.to_path_buf(), module.clone());
        Ok(module)
    }

    /// A builtin as a module: `default` plus every own key, made once.
    fn builtin(&self, context: &mut Context, name: &str) -> JsResult<Module> {
        if let Some(m) = self.builtins.borrow().get(name) {
            return Ok(m.clone());
        }
        let exports = match name.strip_prefix("host:") {
            Some(host_name) => {
                let host = Host::get(context);
                let exports = host.host_modules.borrow().get(host_name).cloned();
                exports.map(JsValue::from).unwrap_or_default()
            }
            None => stdlib::require(context, name)?,
        };
        let mut names = vec![js_string!("default")];
        if let Some(obj) = exports.as_object() {
            names.extend(own_enumerable_names(&obj, context)?);
        }
        let init = SyntheticModuleInitializer::from_copy_closure_with_captures(
            |module, exports: &JsValue, context| {
                module.set_export(&js_string!("default"), exports.clone())?;
                if let Some(obj) = exports.as_object() {
                    for key in own_enumerable_names(&obj, context)? {
                        let value = obj.get(key.clone(), context)?;
                        // A key added after the module was made is not an export.
                        let _ = module.set_export(&key, value);
                    }
                }
                Ok(())
            },
            exports,
        );
        let path = match name.starts_with("host:") {
            true => PathBuf::from(name),
            false => PathBuf::from(format!("node:{name}")),
        };
        let module = Module::synthetic(&names, init, Some(path), None, context);
        self.builtins
            .borrow_mut()
            .insert(name.to_string(), module.clone());
        Ok(module)
    }
}

/// `node:x` and public builtin names; `node:` with an unknown name is Node's error.
fn builtin_name(context: &mut Context, specifier: &str) -> JsResult<Option<String>> {
    let host = Host::get(context);
    if let Some(name) = specifier.strip_prefix("host:") {
        let known = host.host_modules.borrow().contains_key(name);
        return Ok(known.then(|| specifier.to_string()));
    }
    if !host.config.builtins {
        return Ok(None);
    }
    if let Some(name) = specifier.strip_prefix("node:") {
        if stdlib::is_public(name) {
            return Ok(Some(name.to_string()));
        }
        return Err(stdlib::node_error(
            context,
            "ERR_UNKNOWN_BUILTIN_MODULE",
            &[js_string!(specifier).into()],
        ));
    }
    Ok(stdlib::is_public_bare(specifier).then(|| specifier.to_string()))
}

/// `Object.keys(obj)` without `default` (which is always the whole object).
fn own_enumerable_names(obj: &JsObject, context: &mut Context) -> JsResult<Vec<JsString>> {
    let object = context.intrinsics().constructors().object().constructor();
    let keys = object.get(js_string!("keys"), context)?;
    let keys = keys
        .as_callable()
        .ok_or_else(|| JsNativeError::typ().with_message("Object.keys"))?
        .call(&object.into(), &[obj.clone().into()], context)?;
    let keys = keys
        .as_object()
        .ok_or_else(|| JsNativeError::typ().with_message("Object.keys"))?;
    let len = keys.get(js_string!("length"), context)?.to_u32(context)?;
    let mut names = Vec::with_capacity(len as usize);
    for i in 0..len {
        let key = keys.get(i, context)?.to_string(context)?;
        if key != js_string!("default") {
            names.push(key);
        }
    }
    Ok(names)
}

/// Parses an ES module file, remembering its source for code frames.
pub(super) fn parse(context: &mut Context, path: &Path) -> JsResult<Module> {
    let text = files::read_source(context, path)?;
    crate::guards::nesting::check(&text)?;
    let name = path.to_string_lossy().into_owned();
    Host::get(context).sources.record_esm(&name, &text);
    Module::parse(Source::from_bytes(&text).with_path(path), None, context)
        .map_err(|e| crate::syntax_errors::placed(context, e, &format!("file://{name}")))
}

/// A CommonJS file seen from `import`: it runs when the module graph
/// reaches it (in order with its ES siblings), through `require`'s loader
/// and cache.
fn commonjs_facade(context: &mut Context, path: &Path) -> JsResult<Module> {
    let text = files::read_source(context, path)?;
    let detected = cjs_exports::detect(&text);
    // Node 24: `default` and `module.exports` are both the whole `module.exports`.
    let mut names = vec![js_string!("default"), js_string!("module.exports")];
    names.extend(
        detected
            .iter()
            .filter(|n| *n != "default" && *n != "module.exports")
            .map(|n| js_string!(n.as_str())),
    );
    let mut captured = vec![JsValue::from(js_string!(path.to_string_lossy().as_ref()))];
    captured.extend(names[2..].iter().cloned().map(JsValue::from));
    let captured: JsValue = JsArray::from_iter(captured, context).into();
    let init = SyntheticModuleInitializer::from_copy_closure_with_captures(
        |module, captured: &JsValue, context| {
            let list = captured
                .as_object()
                .ok_or_else(|| JsNativeError::typ().with_message("facade captures"))?;
            let len = list.get(js_string!("length"), context)?.to_u32(context)?;
            let path = list.get(0, context)?.to_string(context)?;
            let path = PathBuf::from(path.to_std_string_lossy());
            let exports = (Loader::get(context).commonjs)(context, &path)?;
            module.set_export(&js_string!("default"), exports.clone())?;
            module.set_export(&js_string!("module.exports"), exports.clone())?;
            for i in 1..len {
                let name = list.get(i, context)?.to_string(context)?;
                let value = match exports.as_object() {
                    Some(obj) => obj.get(name.clone(), context)?,
                    None => JsValue::undefined(),
                };
                module.set_export(&name, value)?;
            }
            Ok(())
        },
        captured,
    );
    Ok(Module::synthetic(
        &names,
        init,
        Some(path.to_path_buf()),
        None,
        context,
    ))
}

/// `ERR_MODULE_NOT_FOUND` and friends, worded as Node's ESM resolver.
fn resolve_error(
    context: &mut Context,
    specifier: &str,
    failure: EsmFailure,
    referrer: &Path,
) -> JsError {
    let from = referrer.display();
    match failure {
        EsmFailure::Module(path) => {
            let mut message = format!(
                "Cannot find module '{}' imported from {from}",
                path.display()
            );
            if resolve::is_path_specifier(specifier) && !specifier.ends_with(".js") {
                let mut with_js = path.as_os_str().to_owned();
                with_js.push(".js");
                if super::files(context).locate(Path::new(&with_js)).is_file() {
                    message.push_str(&format!("\nDid you mean to import \"{specifier}.js\"?"));
                }
            }
            let err = stdlib::node_error(
                context,
                "ERR_MODULE_NOT_FOUND",
                &[js_string!(message).into()],
            );
            set_url(context, err, &format!("file://{}", path.display()))
        }
        EsmFailure::Package(name) => {
            let message = format!("Cannot find package '{name}' imported from {from}");
            stdlib::node_error(
                context,
                "ERR_MODULE_NOT_FOUND",
                &[js_string!(message).into()],
            )
        }
        EsmFailure::Directory(path) => {
            let message = format!(
                "Directory import '{}' is not supported resolving ES modules imported from {from}",
                path.display()
            );
            let err = stdlib::node_error(
                context,
                "ERR_UNSUPPORTED_DIR_IMPORT",
                &[js_string!(message).into()],
            );
            set_url(context, err, &format!("file://{}", path.display()))
        }
        EsmFailure::NotExported { subpath, json } => {
            package_errors::not_exported(context, &subpath, &json, Some(referrer))
        }
        EsmFailure::InvalidPackage(json) => {
            package_errors::invalid_package(context, &json, Some((specifier, referrer)))
        }
    }
}

fn set_url(context: &mut Context, err: JsError, url: &str) -> JsError {
    if let Some(obj) = err.as_opaque().and_then(JsValue::as_object) {
        let _ = obj.set(js_string!("url"), js_string!(url), false, context);
    }
    err
}
