//! Natives of `vm` (stdlib-js/vm.js): a context is a Boa realm, a fresh set
//! of the language's globals and intrinsics (its own `Object`, `Array`,
//! `Error`...), so values made in it fail `instanceof` against the main
//! realm's constructors as they do in Node. Copying the sandbox's properties
//! in and out of the realm's global is the JavaScript side's job.

use super::{arg, NativeFn};
use boa_engine::object::ObjectInitializer;
use boa_engine::realm::Realm;
use boa_engine::{
    Context, Finalize, JsData, JsNativeError, JsObject, JsResult, JsValue, Script, Source, Trace,
};
use boa_parser::source::UTF8Input;
use std::path::Path;

pub fn binding(context: &mut Context) -> JsResult<JsObject> {
    let functions: [(&str, NativeFn, usize); 4] = [
        ("makeContext", make_context, 0),
        ("globalOf", global_of, 1),
        ("check", check, 2),
        ("run", run, 3),
    ];
    Ok(super::binding_functions(context, &functions).build())
}

/// The realm behind one `vm` context.
#[derive(Trace, Finalize, JsData)]
struct ContextRealm {
    realm: Realm,
}

/// `makeContext()`: an opaque handle on a new realm.
fn make_context(_: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let realm = context.create_realm()?;
    Ok(
        ObjectInitializer::with_native_data(ContextRealm { realm }, context)
            .build()
            .into(),
    )
}

fn realm_of(handle: &JsValue) -> JsResult<Realm> {
    handle
        .as_object()
        .and_then(|o| o.downcast_ref::<ContextRealm>().map(|c| c.realm.clone()))
        .ok_or_else(|| JsNativeError::typ().with_message("not a vm context").into())
}

/// `globalOf(handle)`: the global object of the context's realm.
fn global_of(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let previous = context.enter_realm(realm_of(&arg(args, 0))?);
    let global = context.global_object();
    context.enter_realm(previous);
    Ok(global.into())
}

/// `check(code, filename)`: parses `code` as a script (what `new
/// vm.Script` does up front) and throws its SyntaxError, placed at
/// `filename`, if it is not one.
fn check(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let (code, filename) = code_and_name(args, context)?;
    Script::parse(source_at(&code, &filename), None, context)
        .map_err(|e| crate::syntax_errors::placed(context, e, &filename))?;
    Ok(JsValue::undefined())
}

/// `run(handle, code, filename)`: evaluates `code` as a script in the
/// context's realm (the current one for `undefined`) and gives its value.
fn run(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let handle = arg(args, 0);
    let realm = match handle.is_undefined() {
        true => context.realm().clone(),
        false => realm_of(&handle)?,
    };
    let (code, filename) = code_and_name(&args[1.min(args.len())..], context)?;
    // Parse and run inside the realm, so that global names resolve there.
    let previous = context.enter_realm(realm.clone());
    let result = Script::parse(source_at(&code, &filename), Some(realm), context)
        .map_err(|e| crate::syntax_errors::placed(context, e, &filename))
        .and_then(|script| script.evaluate(context));
    context.enter_realm(previous);
    result
}

/// The script's text, named `filename` in stack traces.
fn source_at<'a>(code: &'a str, filename: &'a str) -> Source<'a, UTF8Input<&'a [u8]>> {
    Source::from_bytes(code).with_path(Path::new(filename))
}

fn code_and_name(args: &[JsValue], context: &mut Context) -> JsResult<(String, String)> {
    let code = arg(args, 0).to_string(context)?.to_std_string_lossy();
    let filename = arg(args, 1).to_string(context)?.to_std_string_lossy();
    Ok((code, filename))
}
