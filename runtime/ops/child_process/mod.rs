//! Natives behind `child_process` (`stdlib-js/child_process.js`), as Node's
//! `process_wrap` and `spawn_sync` bindings: starting a child (`spawn.rs`),
//! watching it on the reactor until it ends (`wait.rs`), and running one to
//! its end synchronously (`sync.rs`). JavaScript checks and normalises the
//! options first; the parent's ends of the stdio pipes go back to it as fds
//! for `internal/stdio/pipe.js` streams.

mod options;
mod spawn;
mod sync;
mod wait;

use super::buffer::{new_buffer, with_bytes};
use super::{arg, binding_functions, NativeFn};
use crate::host::Host;
use boa_engine::object::builtins::{AlignedVec, JsArray};
use boa_engine::object::ObjectInitializer;
use boa_engine::property::Attribute;
use boa_engine::{js_string, Context, JsNativeError, JsObject, JsResult, JsValue};
use std::os::fd::IntoRawFd;

pub fn binding(context: &mut Context) -> JsResult<JsObject> {
    let functions: [(&str, NativeFn, usize); 7] = [
        ("spawn", spawn_async, 1),
        ("start", start, 2),
        ("kill", kill, 2),
        ("ref", ref_, 1),
        ("unref", unref, 1),
        ("close", close, 1),
        ("spawnSync", spawn_sync, 1),
    ];
    Ok(binding_functions(context, &functions).build())
}

/// Writes out what the script has printed so far: a child that shares
/// stdout or stderr must not print ahead of it (Node's writes to them are
/// synchronous; sous's console output is queued for a moment).
fn flush_output(context: &Context) {
    Host::get(context).stdio.borrow_mut().flush();
}

/// `spawn(options)`: `{ error: -errno }`, or `{ pid, handle, fds }` where
/// `fds[i]` is the parent's end of stdio `i` when it is a pipe (the caller
/// owns it) and `null` otherwise. The caller then calls `start`.
fn spawn_async(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let options = options::read(&arg(args, 0), context)?;
    flush_output(context);
    let spawned = match spawn::spawn(&options) {
        Ok(spawned) => spawned,
        Err(e) => return Ok(plain(context, &[("error", JsValue::from(-e))])),
    };
    let handle = match wait::open_child(spawned.pid) {
        Ok(handle) => handle,
        Err(e) => {
            // SAFETY: kill and waitpid with plain integers: without a pidfd
            // the child would never be reaped.
            unsafe {
                libc::kill(spawned.pid, libc::SIGKILL);
                libc::waitpid(spawned.pid, std::ptr::null_mut(), 0);
            }
            return Ok(plain(context, &[("error", JsValue::from(-e))]));
        }
    };
    let fds: Vec<JsValue> = spawned
        .pipes
        .into_iter()
        .map(|fd| fd.map_or(JsValue::null(), |fd| JsValue::from(fd.into_raw_fd())))
        .collect();
    let fds = JsArray::from_iter(fds, context);
    Ok(plain(
        context,
        &[
            ("pid", JsValue::from(spawned.pid)),
            ("handle", handle.into()),
            ("fds", fds.into()),
        ],
    ))
}

/// `start(handle, onexit)`: watches the child until it ends, then calls
/// `onexit(code, signal)` (`code` null when a signal ended it, `signal` 0
/// otherwise). 0 or `-errno`.
fn start(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let child = wait::child_of(&arg(args, 0))?;
    let Some(onexit) = arg(args, 1).as_object() else {
        return Err(JsNativeError::typ()
            .with_message("onexit must be a function")
            .into());
    };
    Ok(JsValue::from(wait::start(&child, onexit, context)))
}

fn plain(context: &mut Context, props: &[(&str, JsValue)]) -> JsValue {
    let mut init = ObjectInitializer::new(context);
    for (key, value) in props {
        init.property(js_string!(*key), value.clone(), Attribute::all());
    }
    init.build().into()
}

/// `kill(handle, signal)`: 0 or `-errno`.
fn kill(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let child = wait::child_of(&arg(args, 0))?;
    let signal = arg(args, 1).to_i32(context)?;
    Ok(JsValue::from(wait::kill(&child, signal)))
}

fn ref_(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let child = wait::child_of(&arg(args, 0))?;
    wait::set_ref(&child, true, context);
    Ok(JsValue::undefined())
}

fn unref(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let child = wait::child_of(&arg(args, 0))?;
    wait::set_ref(&child, false, context);
    Ok(JsValue::undefined())
}

fn close(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let child = wait::child_of(&arg(args, 0))?;
    wait::close(&child, context);
    Ok(JsValue::undefined())
}

/// `spawnSync(options)` with `timeout`, `killSignal`, `maxBuffer` and
/// `input` besides the spawn options: `{ pid, status, signal, output, error }`
/// (`signal` 0 and `error` 0 when there is none; `output[i]` a Buffer for
/// each pipe, else null).
fn spawn_sync(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let value = arg(args, 0);
    let spawn_options = options::read(&value, context)?;
    let Some(object) = value.as_object() else {
        return Err(JsNativeError::typ()
            .with_message("spawnSync options must be an object")
            .into());
    };
    let positive = |v: JsValue| v.as_number().filter(|n| *n > 0.0 && n.is_finite());
    let timeout = positive(options::get(&object, "timeout", context)?).map(|n| n as u64);
    let max_buffer = positive(options::get(&object, "maxBuffer", context)?).map(|n| n as usize);
    let kill_signal = match options::get(&object, "killSignal", context)? {
        v if v.is_undefined() => libc::SIGTERM,
        v => v.to_i32(context)?,
    };
    let input = match options::get(&object, "input", context)? {
        v if v.is_null_or_undefined() => None,
        v => Some(with_bytes(&v, context, <[u8]>::to_vec)?),
    };
    let limits = sync::SyncLimits {
        timeout,
        kill_signal,
        max_buffer,
        input,
    };
    flush_output(context);
    let result = sync::run(&spawn_options, &limits);
    let mut output = Vec::with_capacity(result.output.len());
    for out in result.output {
        output.push(match out {
            Some(bytes) => {
                let mut aligned = AlignedVec::with_capacity(0, bytes.len());
                aligned.extend_from_slice(&bytes);
                new_buffer(aligned, context)?
            }
            None => JsValue::null(),
        });
    }
    let output = JsArray::from_iter(output, context);
    Ok(plain(
        context,
        &[
            ("pid", JsValue::from(result.pid)),
            (
                "status",
                result.status.map_or(JsValue::null(), JsValue::from),
            ),
            ("signal", JsValue::from(result.signal.unwrap_or(0))),
            ("output", output.into()),
            ("error", JsValue::from(-result.error.unwrap_or(0))),
        ],
    ))
}
