//! Natives behind `process` (`stdlib-js/process.js`): output, exit,
//! nextTick, clocks, memory, and the facts the host was configured with.

mod signals;
mod system;

use super::{callback_arg, NativeFn, READONLY};
use crate::errors;
use crate::host::Host;
use crate::kitchen::Tick;
use crate::options::NodeOptions;
use crate::stdio::Which;
use boa_engine::object::builtins::JsArray;
use boa_engine::object::ObjectInitializer;
use boa_engine::{js_string, Context, JsBigInt, JsError, JsObject, JsResult, JsValue};

/// Node's options as `process.js` applies them (`execArgv`, the warning switches, `title`).
fn options_object(o: &NodeOptions, allowed: &[&str], context: &mut Context) -> JsResult<JsValue> {
    let options = serde_json::json!({
        "allowedFlags": allowed,
        "execArgv": o.exec_argv,
        "noDeprecation": o.no_deprecation,
        "throwDeprecation": o.throw_deprecation,
        "traceDeprecation": o.trace_deprecation,
        "pendingDeprecation": o.pending_deprecation,
        "noWarnings": o.no_warnings,
        "traceWarnings": o.trace_warnings,
        "disableWarning": o.disable_warning,
        "title": o.title,
        "envFiles": o.env_files,
        "redirectWarnings": o.redirect_warnings,
        "networkFamilyAutoselection": o.network_family_autoselection,
        "autoselectionAttemptTimeout": o.autoselection_attempt_timeout,
        "dnsResultOrder": o.dns_result_order,
    });
    JsValue::from_json(&options, context)
}

pub fn binding(context: &mut Context) -> JsResult<JsObject> {
    let host = Host::get(context);
    let functions: [(&str, NativeFn, usize); 16] = [
        ("signalListen", signals::signal_listen, 2),
        ("writeOut", write_out, 1),
        ("writeErr", write_err, 1),
        ("reallyExit", really_exit, 1),
        ("nextTick", next_tick, 1),
        ("hrtime", hrtime, 0),
        ("hrtimeBigint", hrtime_bigint, 0),
        ("memoryUsage", memory_usage, 0),
        ("cwd", cwd, 0),
        ("chdir", chdir, 1),
        ("uptime", uptime, 0),
        ("loopIdle", loop_idle, 0),
        ("setProcessObject", set_process_object, 1),
        ("activeResources", active_resources, 0),
        ("openStdio", open_stdio, 1),
        ("setTimeZone", set_time_zone, 1),
    ];
    let argv = JsArray::from_iter(
        host.config
            .argv
            .borrow()
            .iter()
            .map(|a| JsValue::from(js_string!(a.as_str()))),
        context,
    );
    let env = JsObject::with_object_proto(context.intrinsics());
    for (k, v) in &host.config.env {
        env.set(
            js_string!(k.as_str()),
            js_string!(v.as_str()),
            false,
            context,
        )?;
    }
    let (out_tty, err_tty) = {
        let stdio = host.stdio.borrow();
        (stdio.stdout_is_tty(), stdio.stderr_is_tty())
    };
    let options = options_object(
        &host.config.options,
        &host.config.node_options_flags,
        context,
    )?;
    let all: Vec<_> = functions
        .iter()
        .chain(system::FUNCTIONS.iter())
        .copied()
        .collect();
    let mut init = super::binding_functions(context, &all);
    init.property(js_string!("argv"), argv, READONLY)
        .property(js_string!("options"), options, READONLY)
        .property(js_string!("env"), env, READONLY)
        .property(
            js_string!("execPath"),
            js_string!(host.config.exec_path.as_str()),
            READONLY,
        )
        // `process.argv0`: argv[0] as the process was started with it.
        .property(js_string!("argv0"), js_string!(argv0().as_str()), READONLY)
        .property(js_string!("pid"), std::process::id(), READONLY)
        // SAFETY: getppid has no preconditions.
        .property(js_string!("ppid"), unsafe { libc::getppid() }, READONLY)
        .property(js_string!("platform"), js_string!(platform()), READONLY)
        .property(js_string!("arch"), js_string!(arch()), READONLY)
        .property(
            js_string!("version"),
            js_string!(env!("CARGO_PKG_VERSION")),
            READONLY,
        )
        .property(js_string!("stdoutIsTTY"), out_tty, READONLY)
        .property(js_string!("stderrIsTTY"), err_tty, READONLY);
    Ok(init.build())
}

/// Node's names for the platform and architecture.
fn platform() -> &'static str {
    match std::env::consts::OS {
        "macos" => "darwin",
        "windows" => "win32",
        other => other,
    }
}

fn arch() -> &'static str {
    match std::env::consts::ARCH {
        "x86_64" => "x64",
        "aarch64" => "arm64",
        "x86" => "ia32",
        "powerpc64" => "ppc64",
        other => other,
    }
}

fn string_arg(args: &[JsValue], context: &mut Context) -> JsResult<String> {
    let v = args.first().cloned().unwrap_or_default();
    Ok(v.to_string(context)?.to_std_string_lossy())
}

/// A chunk's bytes: a Uint8Array's raw bytes, anything else as UTF-8 text.
fn chunk_bytes(args: &[JsValue], context: &mut Context) -> JsResult<Vec<u8>> {
    match args.first() {
        Some(v) if super::buffer::is_uint8_array(v) => {
            super::buffer::with_bytes(v, context, <[u8]>::to_vec)
        }
        _ => Ok(string_arg(args, context)?.into_bytes()),
    }
}

/// `process.stdout.write`'s native: written now; `undefined`, or Node's
/// error object when the write failed (the stream reports it).
fn write_out(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    write_to(Which::Out, args, context)
}

fn write_err(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    write_to(Which::Err, args, context)
}

fn write_to(which: Which, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let bytes = chunk_bytes(args, context)?;
    let host = Host::get(context);
    let (result, stream) = {
        let mut stdio = host.stdio.borrow_mut();
        (stdio.write(which, &bytes), stdio.is_stream(which))
    };
    Ok(match result {
        Ok(()) => JsValue::undefined(),
        Err(e) => {
            let errno = e.raw_os_error().unwrap_or(libc::EIO);
            crate::errors::stdio_write_error(context, errno, stream).into()
        }
    })
}

/// The end of `process.exit()`: `'exit'` listeners have run; unwind.
fn really_exit(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let code = args.first().cloned().unwrap_or_default().to_i32(context)?;
    Host::get(context).kitchen.exit.set(Some(code));
    Err(crate::kitchen::exit_unwind())
}

fn next_tick(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let callback = callback_arg(args, 0, context)?;
    let args = args.get(1..).map(<[JsValue]>::to_vec).unwrap_or_default();
    Host::get(context)
        .kitchen
        .ticks
        .borrow_mut()
        .push_back(Tick { callback, args });
    Ok(JsValue::undefined())
}

fn monotonic_ns() -> u128 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: valid clock id and a valid out pointer.
    unsafe { libc::clock_gettime(libc::CLOCK_MONOTONIC, &mut ts) };
    ts.tv_sec as u128 * 1_000_000_000 + ts.tv_nsec as u128
}

fn hrtime(_: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let ns = monotonic_ns();
    let parts = [
        JsValue::from((ns / 1_000_000_000) as f64),
        JsValue::from((ns % 1_000_000_000) as f64),
    ];
    Ok(JsArray::from_iter(parts, context).into())
}

fn hrtime_bigint(_: &JsValue, _: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    Ok(JsBigInt::from(monotonic_ns() as i128).into())
}

/// Resident set size in bytes, from /proc (0 where there is none).
pub fn rss_bytes() -> f64 {
    let statm = std::fs::read_to_string("/proc/self/statm").unwrap_or_default();
    let pages: f64 = statm
        .split_whitespace()
        .nth(1)
        .and_then(|p| p.parse().ok())
        .unwrap_or(0.0);
    // SAFETY: sysconf has no preconditions.
    let page = unsafe { libc::sysconf(libc::_SC_PAGESIZE) } as f64;
    pages * page
}

fn memory_usage(_: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let rss = rss_bytes();
    // Boa does not report its heap; rss is the figure sous can stand behind.
    let obj = ObjectInitializer::new(context)
        .property(
            js_string!("rss"),
            rss,
            boa_engine::property::Attribute::all(),
        )
        .property(
            js_string!("heapTotal"),
            0,
            boa_engine::property::Attribute::all(),
        )
        .property(
            js_string!("heapUsed"),
            0,
            boa_engine::property::Attribute::all(),
        )
        .property(
            js_string!("external"),
            0,
            boa_engine::property::Attribute::all(),
        )
        .property(
            js_string!("arrayBuffers"),
            0,
            boa_engine::property::Attribute::all(),
        )
        .build();
    Ok(obj.into())
}

fn cwd(_: &JsValue, _: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let dir = std::env::current_dir().unwrap_or_default();
    Ok(js_string!(dir.to_string_lossy().as_ref()).into())
}

fn chdir(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let dir = string_arg(args, context)?;
    // Beneath an allowed root only, when there is an allow-list.
    let target = Host::get(context).config.sandbox.locate(&dir);
    if let Err(e) = target.chdir() {
        // Node: `ENOENT: no such file or directory, chdir '/cwd' -> 'dir'`.
        let cwd = std::env::current_dir().unwrap_or_default();
        let errno = e.raw_os_error().unwrap_or(libc::EIO);
        let cwd = cwd.to_string_lossy();
        let err = errors::uv_exception_to(context, errno, "chdir", Some(&cwd), Some(&dir));
        let err = JsValue::from(err);
        errors::add_stack(&err, context);
        return Err(JsError::from_opaque(err));
    }
    Ok(JsValue::undefined())
}

extern "C" {
    /// POSIX: re-reads `TZ` for the C library's local time (not in the libc crate for Unix).
    fn tzset();
}

/// `process.env.TZ` was assigned (a string) or deleted (`undefined`): as Node
/// does, the process's `TZ` changes and the zone is re-read, so `Date`'s local
/// time (Boa asks the C library through `localtime_r`) follows it.
fn set_time_zone(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    match args.first() {
        Some(v) if !v.is_undefined() => std::env::set_var("TZ", string_arg(args, context)?),
        _ => std::env::remove_var("TZ"),
    }
    // SAFETY: tzset has no preconditions; the pool's workers do not read the zone.
    unsafe { tzset() };
    Ok(JsValue::undefined())
}

/// Milliseconds the event loop has spent waiting for work (`eventLoopUtilization`'s idle).
fn loop_idle(_: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let idle = Host::get(context).kitchen.idle.get();
    Ok((idle.as_secs_f64() * 1e3).into())
}

fn uptime(_: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    Ok(Host::get(context)
        .kitchen
        .origin
        .elapsed()
        .as_secs_f64()
        .into())
}

/// `process.getActiveResourcesInfo()`: what keeps the loop busy, named as
/// Node names it and in Node's order — requests (pool jobs, oldest first),
/// then handles (the stdio streams used so far), then one `'Timeout'` per
/// ref'd live timer and one `'Immediate'` per ref'd queued immediate.
fn active_resources(_: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let host = Host::get(context);
    let mut names: Vec<JsValue> = Vec::new();
    // A completion being delivered is still an active request in Node.
    if let Some(op) = host.kitchen.running_op.get() {
        names.push(js_string!(request_name(op, true)).into());
    }
    let mut ops: Vec<(u64, &'static str, bool)> = host
        .kitchen
        .ops
        .borrow()
        .iter()
        .map(|(id, p)| (*id, p.op, p.handler.is_callable()))
        .collect();
    ops.sort_unstable_by_key(|o| o.0);
    names.extend(
        ops.iter()
            .map(|(_, op, cb)| js_string!(request_name(op, *cb)).into()),
    );
    let handles: Vec<&str> = host.stdio.borrow().handles().to_vec();
    names.extend(handles.into_iter().map(|h| js_string!(h).into()));
    // A timeout counts while its callback runs, unless it was cleared,
    // unref'd or re-armed (then the heap counts it) meanwhile.
    let running = host.running_timeout.borrow().as_ref().is_some_and(|t| {
        let live = t
            .downcast_ref::<crate::ops::timers::TimeoutData>()
            .is_some_and(|d| {
                let s = d.state.get();
                s.refed && !s.destroyed && s.idle >= 0.0
            });
        live && !crate::ops::timers::is_armed(t)
    });
    let timeouts = host.kitchen.timers.borrow().refed_count() + usize::from(running);
    names.extend((0..timeouts).map(|_| JsValue::from(js_string!("Timeout"))));
    let immediates = host.kitchen.immediates.borrow().refed;
    names.extend((0..immediates).map(|_| JsValue::from(js_string!("Immediate"))));
    Ok(JsArray::from_iter(names, context).into())
}

/// `process.stdout`/`stderr` was touched: Node opens its handle then.
fn open_stdio(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let fd = args.first().and_then(JsValue::as_number).unwrap_or(0.0);
    let host = Host::get(context);
    let mut stdio = host.stdio.borrow_mut();
    if fd == 1.0 {
        stdio.open_stdout();
    } else if fd == 2.0 {
        stdio.open_stderr();
    }
    Ok(JsValue::undefined())
}

/// Node's request type for a pool op: fs ops are `FSReqCallback` (or
/// `FSReqPromise` when a promise, not a callback, waits); ops an embedder
/// registered keep their own name (`host:...`).
fn request_name(op: &'static str, callback: bool) -> &'static str {
    if op.starts_with("host:") {
        op
    } else if callback {
        "FSReqCallback"
    } else {
        "FSReqPromise"
    }
}

fn set_process_object(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    if let Some(obj) = args.first().and_then(JsValue::as_object) {
        *Host::get(context).process.borrow_mut() = Some(obj);
    }
    Ok(JsValue::undefined())
}

/// The program's own argv[0] as it was given (`sous`, `./sous`, a full
/// path, or what a parent chose with `spawn`'s `argv0`).
fn argv0() -> String {
    std::env::args_os()
        .next()
        .map(|a| a.to_string_lossy().into_owned())
        .unwrap_or_else(|| "sous".to_string())
}
