//! `internalBinding('modules')`: the natives behind `node:module`
//! (`createRequire`, `builtinModules`, the source lookups of stack traces).

use super::cjs::{id_arg, make_require, new_module};
use super::module_hooks as hooks;
use crate::host::Host;
use crate::stdlib;
use boa_engine::object::builtins::JsArray;
use boa_engine::object::ObjectInitializer;
use boa_engine::{js_string, Context, JsObject, JsResult, JsValue, NativeFunction};
use std::path::PathBuf;

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
            NativeFunction::from_fn_ptr(super::global_paths::set),
            js_string!("setGlobalPaths"),
            1,
        )
        .function(
            NativeFunction::from_fn_ptr(run_main),
            js_string!("runMain"),
            1,
        )
        .function(
            NativeFunction::from_fn_ptr(set_run_main),
            js_string!("setRunMain"),
            1,
        )
        .function(
            NativeFunction::from_fn_ptr(set_wrap),
            js_string!("setWrap"),
            1,
        )
        .function(
            NativeFunction::from_fn_ptr(call_source),
            js_string!("callSource"),
            3,
        )
        .function(
            NativeFunction::from_fn_ptr(hooks::set_require_hook),
            js_string!("setRequireHook"),
            1,
        )
        .function(
            NativeFunction::from_fn_ptr(hooks::set_resolve_hook),
            js_string!("setResolveHook"),
            1,
        )
        .function(
            NativeFunction::from_fn_ptr(hooks::resolve_filename),
            js_string!("resolveFilename"),
            2,
        )
        .function(
            NativeFunction::from_fn_ptr(hooks::require_native),
            js_string!("requireDefault"),
            2,
        )
        .function(
            NativeFunction::from_fn_ptr(hooks::load_with_handler),
            js_string!("loadWith"),
            4,
        )
        .function(
            NativeFunction::from_fn_ptr(hooks::load_file),
            js_string!("loadFile"),
            3,
        )
        .function(
            NativeFunction::from_fn_ptr(hooks::compile),
            js_string!("compile"),
            3,
        )
        .function(
            NativeFunction::from_fn_ptr(hooks::prototype),
            js_string!("modulePrototype"),
            0,
        )
        .function(
            NativeFunction::from_fn_ptr(hooks::set_parent),
            js_string!("setParent"),
            2,
        )
        .build())
}

/// `runMain(path)`: runs the main module (the original `Module.runMain`).
fn run_main(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let path = match args.first().and_then(JsValue::as_string) {
        Some(p) => PathBuf::from(p.to_std_string_lossy()),
        None => return Ok(JsValue::undefined()),
    };
    super::run_main_now(context, &path)?;
    Ok(JsValue::undefined())
}

/// `setRunMain(fn)`: a program replaced `Module.runMain`; the main module runs through it.
fn set_run_main(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    if let Some(f) = args.first().and_then(JsValue::as_object) {
        Host::get(context)
            .bindings
            .borrow_mut()
            .insert("Module.runMain".to_string(), f.clone());
    }
    Ok(JsValue::undefined())
}

/// `setWrap(fn)`: from now on a module's source is wrapped by `fn(source)` (the
/// program changed `Module.wrap` or `Module.wrapper`).
fn set_wrap(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    if let Some(f) = args.first().and_then(JsValue::as_object) {
        Host::get(context)
            .bindings
            .borrow_mut()
            .insert("Module.wrap".to_string(), f.clone());
    }
    Ok(JsValue::undefined())
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
    let Some(source) = crate::report::source_text(&host, &path) else {
        return Ok(JsValue::undefined());
    };
    if line == 1 {
        column = column.saturating_sub(host.sources.line_one_offset(&path));
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
