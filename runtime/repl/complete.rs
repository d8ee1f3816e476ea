//! Tab completion, on the main thread (it reads JavaScript objects): dot
//! commands, `require('` builtin names, globals and keywords, and the
//! properties after `a.b.` for a plain identifier chain. It reads property
//! descriptors and never calls a getter, a function or a proxy trap.

use super::highlight::KEYWORDS;
use boa_engine::object::builtins::JsProxy;
use boa_engine::{js_string, Context, JsObject, JsValue};
use std::collections::BTreeSet;

/// (start, candidates) completing `line` (the text before the cursor).
pub fn complete(
    context: &mut Context,
    line: &str,
    commands: &[&str],
    lexical: &BTreeSet<String>,
) -> (usize, Vec<String>) {
    if line.starts_with('.') && !line.contains(' ') {
        let names = commands
            .iter()
            .map(|c| format!(".{c}"))
            .filter(|c| c.starts_with(line))
            .collect();
        return (0, names);
    }
    if let Some((start, prefix)) = require_argument(line) {
        let names = crate::stdlib::public_names()
            .filter(|n| n.starts_with(prefix))
            .map(|n| n.into_owned())
            .collect();
        return (start, names);
    }
    // The identifier chain that ends at the cursor: `a.b.pa`.
    let start = line
        .rfind(|c: char| !(c.is_alphanumeric() || c == '_' || c == '$' || c == '.'))
        .map_or(0, |i| i + 1);
    let chain = &line[start..];
    if chain.starts_with('.') || chain.starts_with(|c: char| c.is_ascii_digit()) {
        return (line.len(), Vec::new());
    }
    let (path, partial) = match chain.rfind('.') {
        Some(dot) => (Some(&chain[..dot]), &chain[dot + 1..]),
        None => (None, chain),
    };
    let word_start = line.len() - partial.len();
    let mut names = BTreeSet::new();
    match path {
        None => {
            let global = context.global_object();
            names.extend(property_names(context, &global));
            names.extend(KEYWORDS.iter().map(|k| k.to_string()));
            names.extend(lexical.iter().cloned());
        }
        Some(path) => {
            if let Some(object) = resolve(context, path, lexical) {
                names.extend(property_names(context, &object));
            }
        }
    }
    let names = names
        .into_iter()
        .filter(|n| n.starts_with(partial) && is_identifier(n))
        .collect();
    (word_start, names)
}

/// `require('ev` → (index of `ev`, "ev").
fn require_argument(line: &str) -> Option<(usize, &str)> {
    let at = line.rfind("require(")?;
    let rest = &line[at + "require(".len()..];
    let quoted = rest.trim_start();
    let quote = quoted.chars().next().filter(|c| *c == '\'' || *c == '"')?;
    let prefix = &quoted[1..];
    if prefix.contains(quote) {
        return None;
    }
    Some((line.len() - prefix.len(), prefix))
}

fn is_identifier(name: &str) -> bool {
    !name.is_empty()
        && !name.starts_with(|c: char| c.is_ascii_digit())
        && name
            .chars()
            .all(|c| c.is_alphanumeric() || c == '_' || c == '$')
}

/// The object `a.b.c` names, through data properties only.
fn resolve(context: &mut Context, path: &str, lexical: &BTreeSet<String>) -> Option<JsObject> {
    let mut parts = path.split('.');
    let first = parts.next()?;
    let global = context.global_object();
    let mut value = match data_property(context, &global, first) {
        Some(v) => v,
        // A `let`/`const`/`class` binding is no property of the global
        // object; evaluating the bare name reads it and runs nothing.
        None if lexical.contains(first) && is_identifier(first) => {
            context.eval(boa_engine::Source::from_bytes(first)).ok()?
        }
        None => return None,
    };
    for part in parts {
        let object = to_object(context, &value)?;
        value = data_property(context, &object, part)?;
    }
    to_object(context, &value)
}

/// Primitives complete with their prototype's names (`'a'.` → String.prototype).
fn to_object(context: &mut Context, value: &JsValue) -> Option<JsObject> {
    if value.is_null_or_undefined() {
        return None;
    }
    value.to_object(context).ok()
}

/// `object[name]` when it is a data property on the object or its
/// prototypes; `None` for an accessor (its getter is not called) or a proxy.
fn data_property(context: &mut Context, object: &JsObject, name: &str) -> Option<JsValue> {
    let describe = descriptor_function(context)?;
    let mut current = Some(object.clone());
    while let Some(o) = current {
        if JsProxy::from_object(o.clone()).is_ok() {
            return None;
        }
        let desc = describe
            .call(
                &JsValue::undefined(),
                &[o.clone().into(), js_string!(name).into()],
                context,
            )
            .ok()?;
        if let Some(desc) = desc.as_object() {
            let has_get = desc.has_own_property(js_string!("get"), context).ok()?;
            if has_get {
                return None;
            }
            return desc.get(js_string!("value"), context).ok();
        }
        current = o.prototype();
    }
    None
}

fn descriptor_function(context: &mut Context) -> Option<JsObject> {
    let object = context.intrinsics().constructors().object().constructor();
    object
        .get(js_string!("getOwnPropertyDescriptor"), context)
        .ok()?
        .as_object()
}

/// The string keys of `object` and its prototypes (no proxies).
fn property_names(context: &mut Context, object: &JsObject) -> Vec<String> {
    let mut names = Vec::new();
    let mut current = Some(object.clone());
    let mut depth = 0;
    while let Some(o) = current {
        if JsProxy::from_object(o.clone()).is_ok() || depth > 32 {
            break;
        }
        if let Ok(keys) = o.own_property_keys(context) {
            for key in keys {
                if let boa_engine::property::PropertyKey::String(s) = key {
                    names.push(s.to_std_string_escaped());
                }
            }
        }
        current = o.prototype();
        depth += 1;
    }
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn require_argument_prefix() {
        assert_eq!(require_argument("const e = require('ev"), Some((19, "ev")));
        assert_eq!(require_argument("require(\"\""), None);
        assert_eq!(require_argument("foo"), None);
    }
}
