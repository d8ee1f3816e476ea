//! How a process ends: uncaught exceptions, unhandled rejections,
//! `process.exit()`, `'beforeExit'` and `'exit'` — Node's rules.

use crate::host::Host;
use crate::kitchen::{self, Flow, Stop};
use crate::report;
use boa_engine::{js_string, Context, JsError, JsNativeError, JsObject, JsResult, JsValue};

/// Node's exit code when an `uncaughtException` handler itself throws.
const HANDLER_THREW: i32 = 7;
/// Node's exit code when `process._fatalException` is not a function
/// ("Invalid (non-function) internal exception handler").
const NO_FATAL_HANDLER: i32 = 6;

/// The `process` object if the script has touched it.
fn process(host: &Host) -> Option<JsObject> {
    host.process.borrow().clone()
}

/// `process.listenerCount(event) > 0`, without creating `process`.
pub(super) fn has_listeners(host: &Host, context: &mut Context, event: &str) -> bool {
    let Some(process) = process(host) else {
        return false;
    };
    let count = process
        .get(js_string!("listenerCount"), context)
        .ok()
        .and_then(|f| f.as_callable())
        .and_then(|f| {
            f.call(
                &process.clone().into(),
                &[js_string!(event).into()],
                context,
            )
            .ok()
        });
    count.and_then(|c| c.as_number()).unwrap_or(0.0) > 0.0
}

/// The function `process.setUncaughtExceptionCaptureCallback` installed, if any.
fn capture_callback(host: &Host, context: &mut Context) -> Option<JsObject> {
    let binding = host.bindings.borrow().get("process").cloned()?;
    binding
        .get(js_string!("uncaughtCapture"), context)
        .ok()?
        .as_callable()
}

/// `process.emit(event, ...args)`.
pub fn emit(host: &Host, context: &mut Context, event: &str, args: &[JsValue]) -> JsResult<()> {
    let Some(process) = process(host) else {
        return Ok(());
    };
    let emit = process.get(js_string!("emit"), context)?;
    if let Some(emit) = emit.as_callable() {
        let mut all = Vec::with_capacity(args.len() + 1);
        all.push(js_string!(event).into());
        all.extend_from_slice(args);
        emit.call(&process.into(), &all, context)?;
    }
    Ok(())
}

/// The JavaScript value of an error, turning Boa's recursion limit into
/// the `RangeError` Node throws.
pub fn error_value(err: &JsError, context: &mut Context) -> JsValue {
    if let Ok(v) = err.clone().into_opaque(context) {
        return v;
    }
    let obj = JsNativeError::range()
        .with_message("Maximum call stack size exceeded")
        .into_opaque(context);
    // Boa's limit error has a backtrace but no Error object: give the
    // RangeError the stack V8's would have.
    let mut stack = String::from("RangeError: Maximum call stack size exceeded");
    for frame in err
        .to_string()
        .lines()
        .filter(|l| l.starts_with("    at "))
        .take(10)
    {
        stack.push('\n');
        stack.push_str(frame);
    }
    let desc = boa_engine::property::PropertyDescriptor::builder()
        .value(js_string!(stack.as_str()))
        .writable(true)
        .enumerable(false)
        .configurable(true);
    let _ = obj.define_property_or_throw(js_string!("stack"), desc, context);
    obj.into()
}

/// An exception nobody caught: `'uncaughtException'` listeners get it,
/// otherwise it is reported and the process ends with code 1.
pub fn uncaught(host: &Host, context: &mut Context, err: JsError, origin: &str) -> Flow {
    if let Some(code) = host.kitchen.exit.get() {
        return Err(Stop::Exit(code));
    }
    let value = error_value(&err, context);
    let thrown = if crate::modules::is_main_rejection(context, &value) {
        report::Thrown::from_value(value, true, context)
    } else {
        report::Thrown::from_error(&err, value, false, context)
    };
    handle_fatal(host, context, thrown, origin)
}

/// An exception thrown by a `queueMicrotask` callback: V8 reports it where
/// the error was made, not where it was thrown.
pub fn uncaught_in_microtask(host: &Host, context: &mut Context, err: JsError) -> Flow {
    if let Some(code) = host.kitchen.exit.get() {
        return Err(Stop::Exit(code));
    }
    let value = error_value(&err, context);
    let thrown = if report::is_error(&value) {
        report::Thrown::from_value(value, true, context)
    } else {
        report::Thrown::from_error(&err, value, false, context)
    };
    handle_fatal(host, context, thrown, "uncaughtException")
}

pub(super) fn handle_fatal(
    host: &Host,
    context: &mut Context,
    thrown: report::Thrown,
    origin: &str,
) -> Flow {
    if let Some(handler) = replaced_fatal_handler(host, context) {
        return run_replaced_fatal_handler(host, context, handler, thrown);
    }
    // 'uncaughtExceptionMonitor' listeners see the error first, whatever then handles it;
    // one that throws makes that error the fatal one (exit code 7), as in Node.
    if has_listeners(host, context, "uncaughtExceptionMonitor") {
        let args = [thrown.value.clone(), js_string!(origin).into()];
        if let Err(err) = emit(host, context, "uncaughtExceptionMonitor", &args) {
            return handler_threw(host, context, err);
        }
    }
    if let Some(capture) = capture_callback(host, context) {
        // `process.setUncaughtExceptionCaptureCallback`: it takes the error instead of the
        // 'uncaughtException' listeners; if it throws, that error is fatal.
        return match capture.call(
            &JsValue::undefined(),
            std::slice::from_ref(&thrown.value),
            context,
        ) {
            Ok(_) => Ok(()),
            Err(err) => {
                let value = error_value(&err, context);
                let thrown = report::Thrown::from_error(&err, value, false, context);
                report::print(host, context, &thrown);
                Err(Stop::Exit(HANDLER_THREW))
            }
        };
    }
    if host.config.options.abort_on_uncaught_exception {
        abort_on_uncaught(host, context, &thrown);
    }
    if has_listeners(host, context, "uncaughtException") {
        let args = [thrown.value.clone(), js_string!(origin).into()];
        return match emit(host, context, "uncaughtException", &args) {
            Ok(()) => Ok(()),
            Err(err) => handler_threw(host, context, err),
        };
    }
    if let Some(feed) = host.kitchen.feed() {
        if feed.uncaught(context, &thrown.value, thrown.from_promise) {
            return Ok(());
        }
    }
    // Node runs the 'exit' listeners first and prints the report after
    // them: what they print comes before it; one that calls
    // `process.exit()` ends the process without a report.
    let code = emit_exit(host, context, 1, true);
    if host.kitchen.exit.get().is_none() {
        report::print(host, context, &thrown);
    }
    Err(Stop::Exit(code))
}

/// What a script put in `process._fatalException` in place of Node's handler
/// (`None` while it is still the one `internal/process/system.js` installed).
enum FatalHandler {
    Script(JsObject),
    NotAFunction,
}

fn replaced_fatal_handler(host: &Host, context: &mut Context) -> Option<FatalHandler> {
    let process = process(host)?;
    let binding = host.bindings.borrow().get("process").cloned()?;
    let original = binding.get(js_string!("fatalException"), context).ok()?;
    let current = process.get(js_string!("_fatalException"), context).ok()?;
    if original.is_undefined() || JsValue::same_value(&original, &current) {
        return None;
    }
    Some(match current.as_callable() {
        Some(handler) => FatalHandler::Script(handler),
        None => FatalHandler::NotAFunction,
    })
}

/// Node's C++ calls the replacement with the error and whether it came from a promise; a
/// true answer means handled. Otherwise the report, and no 'exit' event: what Node's own
/// handler would have emitted was replaced too.
fn run_replaced_fatal_handler(
    host: &Host,
    context: &mut Context,
    handler: FatalHandler,
    thrown: report::Thrown,
) -> Flow {
    let handler = match handler {
        FatalHandler::Script(handler) => handler,
        FatalHandler::NotAFunction => {
            report::print(host, context, &thrown);
            return Err(Stop::Exit(NO_FATAL_HANDLER));
        }
    };
    let args = [thrown.value.clone(), thrown.from_promise.into()];
    match handler.call(
        &process(host).map_or(JsValue::undefined(), Into::into),
        &args,
        context,
    ) {
        Ok(handled) if handled.to_boolean() => Ok(()),
        Ok(_) => {
            report::print(host, context, &thrown);
            Err(Stop::Exit(1))
        }
        Err(err) => handler_threw(host, context, err),
    }
}

/// A handler of an uncaught error threw: unless it called `process.exit()`, its error is
/// reported and the process ends at once with code 7 (no 'exit' event), as in Node.
fn handler_threw(host: &Host, context: &mut Context, err: JsError) -> Flow {
    if let Some(code) = host.kitchen.exit.get() {
        return Err(Stop::Exit(code));
    }
    let value = error_value(&err, context);
    let thrown = report::Thrown::from_error(&err, value, false, context);
    report::print(host, context, &thrown);
    Err(Stop::Exit(HANDLER_THREW))
}

/// `--abort-on-uncaught-exception`: V8's note (`Uncaught`, the error, then `FROM` and
/// the frames), and an abort, before any 'uncaughtException' listener or 'exit' event.
fn abort_on_uncaught(host: &Host, context: &mut Context, thrown: &report::Thrown) -> ! {
    let stack = thrown
        .value
        .as_object()
        .and_then(|o| o.get(js_string!("stack"), context).ok())
        .and_then(|s| s.as_string().map(|s| s.to_std_string_lossy()));
    let text = match stack {
        Some(stack) => {
            let mut lines = stack.lines();
            let head: Vec<&str> = lines
                .by_ref()
                .take_while(|l| !l.trim_start().starts_with("at "))
                .collect();
            let frames: Vec<&str> = stack
                .lines()
                .filter_map(|l| l.trim_start().strip_prefix("at "))
                .collect();
            format!(
                "Uncaught {}\n\nFROM\n{}\n",
                head.join("\n"),
                frames.join("\n")
            )
        }
        None => {
            let shown = thrown
                .value
                .to_string(context)
                .map(|s| s.to_std_string_lossy())
                .unwrap_or_default();
            format!("Uncaught {shown}\n")
        }
    };
    let mut stdio = host.stdio.borrow_mut();
    stdio.err(text.as_bytes());
    stdio.flush();
    // V8 ends the process with a trap instruction: SIGTRAP, as Node's exit status shows.
    // SAFETY: restoring the default action and raising a signal at ourselves.
    unsafe {
        libc::signal(libc::SIGTRAP, libc::SIG_DFL);
        libc::raise(libc::SIGTRAP);
    }
    std::process::abort()
}

/// The loop ran dry: emit `'beforeExit'` (unless exiting) and drain.
pub fn before_exit(host: &Host, context: &mut Context) -> Flow {
    let Some(process) = process(host) else {
        return Ok(());
    };
    if is_exiting(&process, context) {
        return Ok(());
    }
    let code = exit_code(&process, context).unwrap_or(0);
    if let Err(err) = emit(host, context, "beforeExit", &[code.into()]) {
        uncaught(host, context, err, "uncaughtException")?;
    }
    kitchen::drain(&host.kitchen, context)
}

/// The loop ran dry with the main module still awaiting: unless the script set
/// `process.exitCode`, Node's warning (naming where it waits) and a fatal exit with `code`.
pub fn unsettled_top_level_await(
    host: &Host,
    context: &mut Context,
    location: Option<&str>,
    code: i32,
) -> Option<Stop> {
    if process(host).is_some_and(|p| exit_code(&p, context).is_some()) {
        return None;
    }
    let place = location.map_or_else(String::new, |l| format!(" at {l}"));
    let warning = format!("Warning: Detected unsettled top-level await{place}\n\n\n");
    host.stdio.borrow_mut().err(warning.as_bytes());
    Some(Stop::Exit(emit_exit(host, context, code, true)))
}

fn is_exiting(process: &JsObject, context: &mut Context) -> bool {
    process
        .get(js_string!("_exiting"), context)
        .map(|v| v.to_boolean())
        .unwrap_or(false)
}

/// `process.exitCode` when it is set (an integer: `process.js` validates
/// it), as a 32-bit integer the way Node passes it to `exit()`.
fn exit_code(process: &JsObject, context: &mut Context) -> Option<i32> {
    let v = process.get(js_string!("exitCode"), context).ok()?;
    if v.is_undefined() || v.is_null() {
        return None;
    }
    v.to_i32(context).ok()
}

/// Emits `'exit'` (unless `process.exit()` already did) and returns the
/// process's exit code.
pub fn finish(host: &Host, context: &mut Context, stop: Option<Stop>) -> i32 {
    let code = match stop {
        Some(Stop::Exit(code)) => code,
        None => emit_exit(host, context, 0, false),
    };
    if let Some(t) = host.kitchen.tracer.borrow_mut().as_deref_mut() {
        t.exit(code);
    }
    host.stdio.borrow_mut().flush();
    code
}

fn emit_exit(host: &Host, context: &mut Context, code: i32, fatal: bool) -> i32 {
    let Some(process) = process(host) else {
        return code;
    };
    // At the natural end Node emits 'exit' even after process.exit() did (when a replaced
    // process.reallyExit let the script go on); after a fatal error, only once.
    if fatal && is_exiting(&process, context) {
        return exit_code(&process, context).unwrap_or(code);
    }
    let _ = process.set(js_string!("_exiting"), true, false, context);
    let code = if fatal {
        let _ = process.set(js_string!("exitCode"), code, false, context);
        code
    } else {
        exit_code(&process, context).unwrap_or(code)
    };
    if let Err(err) = emit(host, context, "exit", &[code.into()]) {
        if let Some(code) = host.kitchen.exit.get() {
            return code;
        }
        if fatal {
            // Node has nothing more to say after a fatal error: the
            // listener's error goes unreported, the fatal one is.
            return code;
        }
        let value = error_value(&err, context);
        let thrown = report::Thrown::from_error(&err, value, false, context);
        report::print(host, context, &thrown);
        return 1;
    }
    if let Some(code) = host.kitchen.exit.get() {
        return code;
    }
    // On a natural exit, promise jobs queued by 'exit' listeners still run
    // (V8 drains its microtask queue as the environment tears down); ticks
    // and timers don't, nor does anything after a fatal error.
    while let Some(result) = (!fatal)
        .then(|| host.kitchen.jobs.run_one(context))
        .flatten()
    {
        if result.is_err() && host.kitchen.exit.get().is_some() {
            break;
        }
    }
    host.kitchen
        .exit
        .get()
        .or_else(|| exit_code(&process, context))
        .unwrap_or(code)
}
