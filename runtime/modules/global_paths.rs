//! Node's global folders (`Module.globalPaths`): searched for a package name after
//! the `node_modules` folders above the requiring file. Made from the environment
//! at start-up (`NODE_PATH`, `~/.node_modules`, `~/.node_libraries`,
//! `<prefix>/lib/node`); `Module._initPaths()` makes them again from `process.env`
//! and hands them here (`setGlobalPaths`).

use crate::host::Host;
use boa_engine::object::builtins::JsArray;
use boa_engine::{Context, JsObject, JsResult, JsValue};
use std::path::{Path, PathBuf};

const KEY: &str = "Module.globalPaths";

/// The folders, as last set by `_initPaths()`, else as the environment gives them.
pub(super) fn get(context: &mut Context) -> Vec<PathBuf> {
    let set = Host::get(context).bindings.borrow().get(KEY).cloned();
    let Some(list) = set else {
        let env = Host::get(context).config.env.clone();
        let var = |name: &str| env.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone());
        return from_env(var("NODE_PATH"), var("HOME"));
    };
    let Ok(list) = JsArray::from_object(list) else {
        return Vec::new();
    };
    let len = list.length(context).unwrap_or(0);
    (0..len)
        .filter_map(|i| list.get(i, context).ok())
        .filter_map(|v| {
            v.as_string()
                .map(|s| PathBuf::from(s.to_std_string_lossy()))
        })
        .collect()
}

/// `setGlobalPaths(list)`: the folders `Module._initPaths()` made.
pub(super) fn set(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    if let Some(list) = args.first().and_then(JsValue::as_object) {
        let copy: JsObject = JsArray::from_object(list)?
            .slice(None, None, context)?
            .into();
        Host::get(context)
            .bindings
            .borrow_mut()
            .insert(KEY.to_string(), copy);
    }
    Ok(JsValue::undefined())
}

/// Node's list for these variables: `NODE_PATH`'s folders first, empty ones left out.
fn from_env(node_path: Option<String>, home: Option<String>) -> Vec<PathBuf> {
    let cwd = std::env::current_dir().unwrap_or_default();
    let mut out: Vec<PathBuf> = node_path
        .unwrap_or_default()
        .split(':')
        .filter(|p| !p.is_empty())
        .map(|p| super::resolve::normalize(&cwd.join(p)))
        .collect();
    if let Some(home) = home {
        out.push(Path::new(&home).join(".node_modules"));
        out.push(Path::new(&home).join(".node_libraries"));
    }
    if let Some(prefix) = std::env::current_exe()
        .ok()
        .and_then(|exe| exe.parent().and_then(Path::parent).map(Path::to_path_buf))
    {
        out.push(prefix.join("lib").join("node"));
    }
    out
}
