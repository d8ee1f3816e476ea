//! The main module as an ES module: running it, its rejection (reported as
//! uncaught once), and a top-level await that can never settle.

use super::esm::Loader;
use crate::host::Host;
use boa_engine::builtins::promise::PromiseState;
use boa_engine::{Context, JsError, JsResult, JsValue, Module, NativeFunction, Source};
use std::path::Path;

/// Runs `path` as the main ES module. Its evaluation goes on across loop
/// turns (top-level await); a rejection is reported as an uncaught
/// exception, as Node does for the entry point.
pub fn run_main(context: &mut Context, path: &Path) -> JsResult<()> {
    let module = Loader::get(context).file(context, path)?;
    start(context, module, path)
}

/// Runs `code` as the main ES module named `path` (`--input-type=module` with `-e` or stdin).
pub fn eval_main(context: &mut Context, code: &str, path: &Path) -> JsResult<()> {
    crate::guards::nesting::check(code)?;
    let name = path.to_string_lossy().into_owned();
    Host::get(context).sources.record_esm(&name, code);
    let module = Module::parse(Source::from_bytes(code).with_path(path), None, context)
        .map_err(|e| crate::syntax_errors::placed(context, e, &name))?;
    start(context, module, path)
}

fn start(context: &mut Context, module: Module, path: &Path) -> JsResult<()> {
    let loader = Loader::get(context);
    *loader.main_path.borrow_mut() = Some(path.to_path_buf());
    let promise = module.load_link_evaluate(context);
    let on_rejected = NativeFunction::from_fn_ptr(main_rejected).to_js_function(context.realm());
    promise.catch(on_rejected, context)?;
    *loader.main.borrow_mut() = Some(promise);
    Ok(())
}

/// The main module failed: throw its reason from a nextTick, so the loop
/// reports it as an uncaught exception (listeners, exit code and all).
fn main_rejected(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let reason = args.first().cloned().unwrap_or_default();
    *Loader::get(context).main_rejection.borrow_mut() = Some(reason.clone());
    let thrower = NativeFunction::from_fn_ptr(|_, args, _| {
        Err(JsError::from_opaque(
            args.first().cloned().unwrap_or_default(),
        ))
    })
    .to_js_function(context.realm());
    Host::get(context)
        .kitchen
        .ticks
        .borrow_mut()
        .push_back(crate::kitchen::Tick {
            callback: thrower.into(),
            args: vec![reason],
        });
    Ok(JsValue::undefined())
}

/// Whether `value` is the main module's rejection (reported where it was
/// made, as Node reports a rejected entry point, not where it was thrown).
pub fn is_main_rejection(context: &mut Context, value: &JsValue) -> bool {
    let loader = Loader::get(context);
    let mut slot = loader.main_rejection.borrow_mut();
    if slot.as_ref().is_some_and(|r| r == value) {
        *slot = None;
        return true;
    }
    false
}

/// Where the main module waits, as Node's warning shows it: `file://<path>:<line>`, the line, and
/// a caret under the `await`. Boa does not say where a module is suspended, so this names the
/// first `await` of the main module's source outside `//` comments (right for the usual single
/// top-level await; with several, the first may not be the one still waiting).
pub fn main_await_location(context: &mut Context) -> Option<String> {
    let loader = Loader::get(context);
    let path = loader.main_path.borrow().clone()?;
    let host = crate::host::Host::get(context);
    let source = host.sources.text(path.to_string_lossy().as_ref())?;
    source.lines().enumerate().find_map(|(index, line)| {
        let code = line.split("//").next().unwrap_or_default();
        let column = find_word(code, "await")?;
        let caret = " ".repeat(line[..column].chars().count());
        let url = format!("file://{}:{}", path.display(), index + 1);
        Some(format!("{url}\n{line}\n{caret}^\n"))
    })
}

/// The byte offset of `word` in `text` as a whole identifier.
fn find_word(text: &str, word: &str) -> Option<usize> {
    let is_ident = |c: char| c.is_alphanumeric() || c == '_' || c == '$';
    text.match_indices(word).map(|(at, _)| at).find(|&at| {
        let before = text[..at].chars().next_back();
        let after = text[at + word.len()..].chars().next();
        !before.is_some_and(is_ident) && !after.is_some_and(is_ident)
    })
}

/// Whether the main module is still waiting on a top-level await.
pub fn main_pending(context: &mut Context) -> bool {
    let loader = Loader::get(context);
    let main = loader.main.borrow();
    main.as_ref()
        .is_some_and(|p| matches!(p.state(), PromiseState::Pending))
}
