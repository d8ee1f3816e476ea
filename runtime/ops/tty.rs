//! Natives for the `tty` module (`stdlib-js/tty.js`): whether a descriptor
//! is a terminal, and the terminal's size.

use super::{arg, binding_functions, NativeFn};
use boa_engine::object::builtins::JsArray;
use boa_engine::{Context, JsObject, JsResult, JsValue};
use std::sync::Mutex;

pub fn binding(context: &mut Context) -> JsResult<JsObject> {
    let functions: [(&str, NativeFn, usize); 4] = [
        ("isatty", isatty, 1),
        ("windowSize", window_size, 1),
        ("initErrno", init_errno, 1),
        ("setRawMode", set_raw_mode, 2),
    ];
    Ok(binding_functions(context, &functions).build())
}

/// The descriptor argument, when it is one the kernel could know
/// (tty.js validates before calling).
fn fd_arg(args: &[JsValue]) -> Option<libc::c_int> {
    let n = arg(args, 0).as_number()?;
    (n.fract() == 0.0 && (0.0..=f64::from(i32::MAX)).contains(&n)).then_some(n as libc::c_int)
}

/// `isatty(fd)`: libc's answer.
fn isatty(_: &JsValue, args: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    // SAFETY: isatty only inspects the descriptor number.
    let tty = fd_arg(args).is_some_and(|fd| unsafe { libc::isatty(fd) } == 1);
    Ok(tty.into())
}

/// `windowSize(fd)`: `[columns, rows]` from ioctl TIOCGWINSZ, or the
/// (positive) errno when the descriptor is not a terminal.
fn window_size(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let Some(fd) = fd_arg(args) else {
        return Ok(libc::EBADF.into());
    };
    let mut size = libc::winsize {
        ws_row: 0,
        ws_col: 0,
        ws_xpixel: 0,
        ws_ypixel: 0,
    };
    // SAFETY: TIOCGWINSZ writes one winsize into the struct we own.
    let rc = unsafe { libc::ioctl(fd, libc::TIOCGWINSZ, &mut size) };
    if rc != 0 {
        return Ok(last_errno().into());
    }
    let pair = [
        JsValue::from(u32::from(size.ws_col)),
        JsValue::from(u32::from(size.ws_row)),
    ];
    Ok(JsArray::from_iter(pair, context).into())
}

/// `initErrno(fd)`: 0 when a tty stream can be made on `fd`, else the errno
/// Node reports. As libuv's uv_tty_init: a terminal, pipe or socket will do;
/// a file, another device, or a closed descriptor is EINVAL.
fn init_errno(_: &JsValue, args: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let Some(fd) = fd_arg(args) else {
        return Ok(libc::EINVAL.into());
    };
    // SAFETY: isatty only inspects the descriptor number.
    if unsafe { libc::isatty(fd) } == 1 {
        return Ok(0.into());
    }
    // SAFETY: fstat writes one stat into the zeroed struct we own.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    if unsafe { libc::fstat(fd, &mut st) } != 0 {
        return Ok(libc::EINVAL.into());
    }
    let kind = st.st_mode & libc::S_IFMT;
    let ok = kind == libc::S_IFIFO || kind == libc::S_IFSOCK;
    Ok(if ok { 0 } else { libc::EINVAL }.into())
}

/// `setRawMode(fd, raw)`: the terminal's modes as libuv's raw mode sets
/// them (no echo, no line editing, no signals from keys), or back to the
/// modes it had before the first change. Returns 0 or the errno.
fn set_raw_mode(_: &JsValue, args: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let Some(fd) = fd_arg(args) else {
        return Ok(libc::EBADF.into());
    };
    let raw = arg(args, 1).to_boolean();
    let mut saved = ORIGINAL.lock().unwrap_or_else(|e| e.into_inner());
    // SAFETY: tcgetattr writes one termios into the zeroed struct we own.
    let mut modes: libc::termios = unsafe { std::mem::zeroed() };
    if unsafe { libc::tcgetattr(fd, &mut modes) } != 0 {
        return Ok(last_errno().into());
    }
    if !saved.iter().any(|(f, _)| *f == fd) {
        if saved.is_empty() {
            // SAFETY: registers a plain function; it runs once as the process exits.
            unsafe { libc::atexit(restore_modes) };
        }
        saved.push((fd, modes));
    }
    if raw {
        modes.c_iflag &= !(libc::BRKINT | libc::ICRNL | libc::INPCK | libc::ISTRIP | libc::IXON);
        modes.c_oflag |= libc::ONLCR;
        modes.c_cflag |= libc::CS8;
        modes.c_lflag &= !(libc::ECHO | libc::ICANON | libc::IEXTEN | libc::ISIG);
        modes.c_cc[libc::VMIN] = 1;
        modes.c_cc[libc::VTIME] = 0;
    } else if let Some((_, original)) = saved.iter().find(|(f, _)| *f == fd) {
        modes = *original;
    }
    // SAFETY: tcsetattr reads the termios we pass.
    if unsafe { libc::tcsetattr(fd, libc::TCSADRAIN, &modes) } != 0 {
        return Ok(last_errno().into());
    }
    Ok(0.into())
}

/// The modes before sous first changed them, per descriptor.
static ORIGINAL: Mutex<Vec<(libc::c_int, libc::termios)>> = Mutex::new(Vec::new());

/// At exit, terminals get their modes back (as Node resets them), so a
/// script that ends in raw mode does not leave the shell without echo.
extern "C" fn restore_modes() {
    let saved = ORIGINAL.lock().unwrap_or_else(|e| e.into_inner());
    for (fd, modes) in saved.iter() {
        // SAFETY: tcsetattr reads the termios we pass.
        unsafe { libc::tcsetattr(*fd, libc::TCSADRAIN, modes) };
    }
}

fn last_errno() -> i32 {
    std::io::Error::last_os_error()
        .raw_os_error()
        .unwrap_or(libc::EINVAL)
}
