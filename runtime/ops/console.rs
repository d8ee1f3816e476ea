//! The `console` global: `log`/`info`/`debug` to stdout, `error`/`warn` to
//! stderr, natively. Primitives are formatted in Rust (the common case costs
//! no JavaScript); anything else goes through `util.formatWithOptions`
//! (`stdlib-js/util.js`), loaded the first time an object is logged. The
//! other methods (`table`, `group`, `time`, ...) live in
//! `stdlib-js/internal/console/methods.js`, loaded on first use.

use super::inspect_plain::{plain_text, PlainOptions};
use super::{native, NativeFn, READONLY};
use crate::host::Host;
use crate::stdlib;
use boa_engine::object::builtins::JsArray;
use boa_engine::object::ObjectInitializer;
use boa_engine::property::Attribute;
use boa_engine::{js_string, Context, JsObject, JsResult, JsValue};

/// Which stream a console method writes to.
#[derive(Clone, Copy)]
enum Stream {
    Out,
    Err,
}

/// Methods implemented in `stdlib-js/console.js`.
const LAZY_METHODS: &[&str] = &[
    "dir",
    "dirxml",
    "trace",
    "assert",
    "count",
    "countReset",
    "time",
    "timeLog",
    "timeEnd",
    "group",
    "groupCollapsed",
    "groupEnd",
    "table",
    "clear",
    "timeStamp",
    "profile",
    "profileEnd",
    "Console",
];

pub fn install(context: &mut Context) -> JsResult<()> {
    let methods: [(&str, NativeFn); 5] = [
        ("log", |_, a, c| print("console.log", Stream::Out, a, c)),
        ("info", |_, a, c| print("console.info", Stream::Out, a, c)),
        ("debug", |_, a, c| print("console.debug", Stream::Out, a, c)),
        ("error", |_, a, c| print("console.error", Stream::Err, a, c)),
        ("warn", |_, a, c| print("console.warn", Stream::Err, a, c)),
    ];
    let mut made = Vec::new();
    for (name, f) in methods {
        made.push((name, native(context, f, name, 0)));
    }
    let mut init = ObjectInitializer::new(context);
    for (name, f) in made {
        init.property(js_string!(name), f, Attribute::all());
    }
    let console = init.build();
    let streams: [(&str, NativeFn, NativeFn); 2] = [
        (
            "_stdout",
            |_, _, c| stream_get(Stream::Out, c),
            |_, a, c| stream_set(Stream::Out, a, c),
        ),
        (
            "_stderr",
            |_, _, c| stream_get(Stream::Err, c),
            |_, a, c| stream_set(Stream::Err, a, c),
        ),
    ];
    for (name, get, set) in streams {
        let get = native(context, get, "get", 0);
        let set = native(context, set, "set", 1);
        console.define_property_or_throw(
            js_string!(name),
            boa_engine::property::PropertyDescriptor::builder()
                .get(get)
                .set(set)
                .enumerable(false)
                .configurable(true),
            context,
        )?;
    }
    for name in LAZY_METHODS {
        super::lazy_property(context, &console, name, true, console_js_method)?;
    }
    context.register_global_property(
        js_string!("console"),
        console,
        Attribute::WRITABLE | Attribute::CONFIGURABLE,
    )?;
    Ok(())
}

/// `console[name]`, from `internal/console/methods.js` (loaded on first use).
fn console_js_method(context: &mut Context, name: &'static str) -> JsResult<JsValue> {
    let module = stdlib::require(context, "internal/console/methods")?;
    match module.as_object() {
        Some(module) => module.get(js_string!(name), context),
        None => Ok(JsValue::undefined()),
    }
}

/// The natives `console.js` needs.
pub fn binding(context: &mut Context) -> JsResult<JsObject> {
    let set_indent = native(context, set_indent, "setIndent", 1);
    let set_redirect = native(context, set_redirect, "setRedirect", 2);
    let colors_out = colors(context, Stream::Out);
    let colors_err = colors(context, Stream::Err);
    Ok(ObjectInitializer::new(context)
        .property(js_string!("setIndent"), set_indent, READONLY)
        .property(js_string!("setRedirect"), set_redirect, READONLY)
        .property(js_string!("stdoutColors"), colors_out, READONLY)
        .property(js_string!("stderrColors"), colors_err, READONLY)
        .build())
}

fn set_indent(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let n = args.first().and_then(JsValue::as_number).unwrap_or(0.0);
    Host::get(context).console_indent.set(n.max(0.0) as usize);
    Ok(JsValue::undefined())
}

/// Whether output to `stream` is colored (Node's rule, `stdio::colors_wanted`).
/// The key under which `host.bindings` keeps a stdio stream whose `write` the
/// script replaced: the global console then writes through it, as Node's does.
fn redirect_key(stream: Stream) -> &'static str {
    match stream {
        Stream::Out => "console.redirect.stdout",
        Stream::Err => "console.redirect.stderr",
    }
}

/// `setRedirect(fd, stream)`: `stream` (process.stdout/stderr) has a replaced
/// `write`; `setRedirect(fd, null)`: it has its own again.
fn set_redirect(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let fd = args.first().and_then(JsValue::as_number).unwrap_or(1.0);
    let stream = if fd == 2.0 { Stream::Err } else { Stream::Out };
    let key = redirect_key(stream).to_string();
    let host = Host::get(context);
    let mut bindings = host.bindings.borrow_mut();
    match args.get(1).and_then(JsValue::as_object) {
        Some(target) => bindings.insert(key, target.clone()),
        None => bindings.remove(&key),
    };
    Ok(JsValue::undefined())
}

/// `console._stdout`/`_stderr`: the stream the global console writes to, which is
/// `process.stdout`/`stderr` until the script assigns another.
fn stream_get(stream: Stream, context: &mut Context) -> JsResult<JsValue> {
    let redirect = Host::get(context)
        .bindings
        .borrow()
        .get(redirect_key(stream))
        .cloned();
    if let Some(target) = redirect {
        return Ok(target.into());
    }
    let process = context
        .global_object()
        .get(js_string!("process"), context)?;
    let name = match stream {
        Stream::Out => js_string!("stdout"),
        Stream::Err => js_string!("stderr"),
    };
    match process.as_object() {
        Some(process) => process.get(name, context),
        None => Ok(JsValue::undefined()),
    }
}

/// Assigning `console._stdout`/`_stderr` (Node's tests and some loggers do) sends
/// the global console's output to that stream's `write`.
fn stream_set(stream: Stream, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let fd = match stream {
        Stream::Out => 1,
        Stream::Err => 2,
    };
    let target = args.first().cloned().unwrap_or_default();
    set_redirect(&JsValue::undefined(), &[fd.into(), target], context)
}

fn colors(context: &Context, stream: Stream) -> bool {
    let host = Host::get(context);
    let is_tty = {
        let stdio = host.stdio.borrow();
        match stream {
            Stream::Out => stdio.stdout_is_tty(),
            Stream::Err => stdio.stderr_is_tty(),
        }
    };
    crate::stdio::colors_wanted(&host.config.env, is_tty)
}

/// Node's `console.log` (& co.) diagnostics channel: subscribers get the arguments before
/// they are formatted. Nothing to do unless the program loaded `diagnostics_channel`.
fn publish(channel: &str, args: &[JsValue], context: &mut Context) -> JsResult<()> {
    let loaded = Host::get(context)
        .builtins
        .borrow()
        .get("diagnostics_channel")
        .cloned();
    let Some(dc) = loaded.as_ref().and_then(JsValue::as_object) else {
        return Ok(());
    };
    let name: JsValue = js_string!(channel).into();
    let has = dc.get(js_string!("hasSubscribers"), context)?;
    let Some(has) = has.as_callable() else {
        return Ok(());
    };
    if !has
        .call(&dc.clone().into(), std::slice::from_ref(&name), context)?
        .to_boolean()
    {
        return Ok(());
    }
    let make = dc.get(js_string!("channel"), context)?;
    let Some(make) = make.as_callable() else {
        return Ok(());
    };
    let channel = make.call(&dc.clone().into(), &[name], context)?;
    if let Some(channel) = channel.as_object() {
        let publish = channel.get(js_string!("publish"), context)?;
        if let Some(publish) = publish.as_callable() {
            let list = JsArray::from_iter(args.iter().cloned(), context);
            publish.call(&channel.clone().into(), &[list.into()], context)?;
        }
    }
    Ok(())
}

fn print(
    channel: &str,
    stream: Stream,
    args: &[JsValue],
    context: &mut Context,
) -> JsResult<JsValue> {
    publish(channel, args, context)?;
    let colors = colors(context, stream);
    // With colors, only strings print the same (a top-level string is never
    // styled); numbers and the rest go through inspect's styles.
    let fast = !colors || args.iter().all(JsValue::is_string);
    let mut line = match fast.then(|| format_primitives(args, context)).flatten() {
        Some(line) => line,
        None => {
            let options = ObjectInitializer::new(context)
                .property(js_string!("colors"), colors, Attribute::all())
                .build();
            let mut all = vec![JsValue::from(options)];
            all.extend_from_slice(args);
            let s = stdlib::call(context, "internal/inspect", "formatWithOptions", &all)?;
            s.as_string()
                .map(|s| s.to_std_string_lossy())
                .unwrap_or_default()
        }
    };
    let host = Host::get(context);
    let indent = host.console_indent.get();
    if indent > 0 {
        let pad = " ".repeat(indent);
        line = line
            .split('\n')
            .map(|l| format!("{pad}{l}"))
            .collect::<Vec<_>>()
            .join("\n");
    }
    line.push('\n');
    let redirect = host.bindings.borrow().get(redirect_key(stream)).cloned();
    if let Some(target) = redirect {
        let write = target.get(js_string!("write"), context)?;
        if let Some(write) = write.as_callable() {
            write.call(&target.into(), &[js_string!(line.as_str()).into()], context)?;
            return Ok(JsValue::undefined());
        }
    }
    let host = Host::get(context);
    let mut stdio = host.stdio.borrow_mut();
    match stream {
        Stream::Out => {
            stdio.out(line.as_bytes());
            // Node's console opens stderr along with stdout on its first log.
            stdio.open_stderr();
        }
        Stream::Err => stdio.err(line.as_bytes()),
    }
    Ok(JsValue::undefined())
}

/// The line for arguments that are all primitives or plain data (see `inspect_plain`) and need
/// no `%` format processing, as `util.format` would print them; `None` otherwise.
fn format_primitives(args: &[JsValue], context: &mut Context) -> Option<String> {
    if let Some(first) = args.first().and_then(JsValue::as_string) {
        if args.len() > 1 && first.iter().any(|c| c == u16::from(b'%')) {
            return None;
        }
    }
    let mut options = None;
    let mut line = String::new();
    for (i, arg) in args.iter().enumerate() {
        if i > 0 {
            line.push(' ');
        }
        if let Some(s) = arg.as_string() {
            line.push_str(&s.to_std_string_lossy());
        } else if let Some(n) = arg.as_number() {
            if n == 0.0 && n.is_sign_negative() {
                line.push_str("-0");
            } else {
                line.push_str(
                    &JsValue::from(n)
                        .to_string(context)
                        .ok()?
                        .to_std_string_lossy(),
                );
            }
        } else if arg.is_bigint() {
            line.push_str(&arg.to_string(context).ok()?.to_std_string_lossy());
            line.push('n');
        } else if arg.is_undefined() || arg.is_null() || arg.as_boolean().is_some() {
            line.push_str(&arg.display().to_string());
        } else if arg.is_object() && !arg.is_callable() {
            if options.is_none() {
                options = Some(PlainOptions::defaults(context).ok()??);
            }
            let options = options.as_ref()?;
            line.push_str(&plain_text(arg, options, context).ok()??);
        } else {
            return None;
        }
    }
    Some(line)
}
