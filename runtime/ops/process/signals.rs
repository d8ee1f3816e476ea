//! Signals as `process` events (`process.on('SIGINT', ...)`), delivered on
//! the main thread through the reactor. signal-hook's handler writes a byte
//! to a pipe per signal (all it is safe to do in a handler); the kitchen
//! watches the pipe's other end, unref'd as Node's signal handles are.
//!
//! A signal stays registered once a script has listened for it: signal-hook
//! cannot give the default action back. When one arrives and JavaScript has
//! no listener left (`onsignal` returns false), the default action is
//! carried out then (`emulate_default_handler`): SIGINT still ends the
//! process as Node's does once its listeners are gone.

use crate::host::Host;
use crate::kitchen::io::{OnReady, Progress};
use crate::ops::arg;
use boa_engine::{Context, JsObject, JsResult, JsValue};
use mio::Interest;
use std::cell::RefCell;
use std::collections::HashMap;
use std::io::Read;
use std::os::fd::AsRawFd;
use std::os::unix::net::UnixStream;
use std::rc::Rc;

struct SignalPipe {
    read: RefCell<UnixStream>,
    onsignal: RefCell<JsObject>,
}

thread_local! {
    /// The signals listened for on this thread's runtime, by number.
    static LISTENING: RefCell<HashMap<i32, Rc<SignalPipe>>> = RefCell::default();
}

/// `signalListen(signum, onsignal)`: 0, or `-errno` (EINVAL for a signal
/// that cannot be caught, such as SIGKILL). Listening again replaces
/// `onsignal`.
pub(super) fn signal_listen(
    _: &JsValue,
    args: &[JsValue],
    context: &mut Context,
) -> JsResult<JsValue> {
    let signum = arg(args, 0).as_number().unwrap_or(0.0) as i32;
    let Some(onsignal) = arg(args, 1).as_object() else {
        return Ok(JsValue::from(-libc::EINVAL));
    };
    if let Some(pipe) = LISTENING.with(|l| l.borrow().get(&signum).cloned()) {
        *pipe.onsignal.borrow_mut() = onsignal;
        return Ok(JsValue::from(0));
    }
    match listen(signum, onsignal, context) {
        Ok(()) => Ok(JsValue::from(0)),
        Err(e) => Ok(JsValue::from(-e.raw_os_error().unwrap_or(libc::EINVAL))),
    }
}

fn listen(signum: i32, onsignal: JsObject, context: &mut Context) -> std::io::Result<()> {
    if signal_hook::consts::FORBIDDEN.contains(&signum) || !(1..=64).contains(&signum) {
        return Err(std::io::Error::from_raw_os_error(libc::EINVAL));
    }
    let (read, write) = UnixStream::pair()?;
    read.set_nonblocking(true)?;
    write.set_nonblocking(true)?;
    let fd = read.as_raw_fd();
    let pipe = Rc::new(SignalPipe {
        read: RefCell::new(read),
        onsignal: RefCell::new(onsignal),
    });
    let weak = Rc::downgrade(&pipe);
    let on_ready: OnReady = Rc::new(move |context, _| match weak.upgrade() {
        Some(pipe) => deliver(signum, &pipe, context),
        None => Ok(Progress::Idle),
    });
    let host = Host::get(context);
    let id = host
        .kitchen
        .watch(fd, Interest::READABLE, "signal", on_ready)?;
    host.kitchen.set_watch_ref(id, false);
    signal_hook::low_level::pipe::register(signum, write)?;
    LISTENING.with(|l| l.borrow_mut().insert(signum, pipe));
    Ok(())
}

/// One call of `onsignal` per signal that arrived; the default action for
/// a signal nobody listens to any more.
fn deliver(signum: i32, pipe: &SignalPipe, context: &mut Context) -> JsResult<Progress> {
    let mut bytes = [0u8; 64];
    let count = match pipe.read.borrow_mut().read(&mut bytes) {
        Ok(n) => n,
        Err(_) => return Ok(Progress::Idle),
    };
    for _ in 0..count {
        let onsignal = pipe.onsignal.borrow().clone();
        let handled = onsignal.call(&JsValue::undefined(), &[JsValue::from(signum)], context)?;
        if !handled.to_boolean() {
            // Nothing listens: what the signal does by default (end the
            // process, for most), as if sous had never caught it.
            let _ = signal_hook::low_level::emulate_default_handler(signum);
        }
    }
    Ok(if count == bytes.len() {
        Progress::More
    } else {
        Progress::Idle
    })
}
