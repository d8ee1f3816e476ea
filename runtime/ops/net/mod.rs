//! Natives behind `node:net` (`stdlib-js/net.js`): TCP and Unix-socket
//! servers and connections on the reactor. A connection is a stream handle
//! of `ops/pipe` (reads, writes, half-close and close are the same as a
//! pipe's); this room makes sockets, listens, accepts, connects, and sets
//! the socket options and addresses. Addresses arrive resolved: names go
//! through `dns.lookup` in JavaScript first, as in Node.
//!
//! Every function returns `-errno` rather than throwing for what the OS
//! refuses, so JavaScript can build Node's error (`listen EADDRINUSE: ...`).

mod addr;
mod listen;

use super::{arg, binding_functions, NativeFn};
use crate::ops::pipe::{fd_of, new_handle};
use boa_engine::{Context, JsNativeError, JsObject, JsResult, JsValue};
use listen::{server_of, ServerHandle};
use socket2::{Domain, SockAddr, SockRef, Socket, TcpKeepalive, Type};
use std::os::fd::{BorrowedFd, IntoRawFd, RawFd};
use std::time::Duration;

pub fn binding(context: &mut Context) -> JsResult<JsObject> {
    let functions: [(&str, NativeFn, usize); 14] = [
        ("ipVersion", ip_version, 1),
        ("tcpListen", tcp_listen, 5),
        ("pipeListen", pipe_listen, 2),
        ("listenStart", listen_start, 2),
        ("serverClose", server_close, 1),
        ("closeCallback", close_callback, 1),
        ("serverRef", server_ref, 2),
        ("serverAddress", server_address, 1),
        ("tcpConnect", tcp_connect, 5),
        ("pipeConnect", pipe_connect, 2),
        ("address", address, 2),
        ("setNoDelay", set_no_delay, 2),
        ("setKeepAlive", set_keep_alive, 3),
        ("setLingerZero", set_linger_zero, 1),
    ];
    Ok(binding_functions(context, &functions).build())
}

/// The kind of socket an address needs.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Family {
    V4,
    V6,
    Unix,
}

impl Family {
    fn of(addr: &SockAddr) -> Family {
        if addr.is_ipv4() {
            Family::V4
        } else if addr.is_ipv6() {
            Family::V6
        } else {
            Family::Unix
        }
    }
}

/// A new non-blocking, close-on-exec stream socket of `family`.
pub(super) fn socket_for(family: Family) -> std::io::Result<Socket> {
    let domain = match family {
        Family::V4 => Domain::IPV4,
        Family::V6 => Domain::IPV6,
        Family::Unix => Domain::UNIX,
    };
    let socket = Socket::new(domain, Type::STREAM, None)?;
    socket.set_nonblocking(true)?;
    Ok(socket)
}

pub(super) fn errno_of(e: &std::io::Error) -> i32 {
    e.raw_os_error().unwrap_or(libc::EIO)
}

fn string_arg(args: &[JsValue], i: usize, context: &mut Context) -> JsResult<String> {
    Ok(arg(args, i).to_string(context)?.to_std_string_escaped())
}

fn port_arg(args: &[JsValue], i: usize) -> u16 {
    arg(args, i).as_number().unwrap_or(0.0) as u16
}

fn function_arg(args: &[JsValue], i: usize) -> JsResult<JsObject> {
    arg(args, i)
        .as_object()
        .filter(|f| f.is_callable())
        .ok_or_else(|| {
            JsNativeError::typ()
                .with_message("callback must be a function")
                .into()
        })
}

fn ip_arg(args: &[JsValue], i: usize, port: u16, context: &mut Context) -> JsResult<SockAddr> {
    let ip = string_arg(args, i, context)?;
    addr::ip_addr(&ip, port).ok_or_else(|| {
        JsNativeError::typ()
            .with_message(format!("not an IP address: {ip}"))
            .into()
    })
}

/// `ipVersion(text)`: 4 or 6 if `text` is an IP address as Node's `isIP`
/// reads them (no leading zeros in IPv4, an optional IPv6 zone), else 0.
fn ip_version(_: &JsValue, args: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let Some(text) = arg(args, 0).as_string().map(|s| s.to_std_string_escaped()) else {
        return Ok(JsValue::from(0));
    };
    Ok(JsValue::from(addr::ip_version(&text)))
}

fn server_handle(handle: Result<ServerHandle, i32>) -> JsValue {
    match handle {
        Ok(handle) => JsObject::from_proto_and_data(None, handle).into(),
        Err(errno) => JsValue::from(-errno),
    }
}

/// `tcpListen(ip, port, backlog, ipv6Only, reusePort)`.
fn tcp_listen(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let addr = ip_arg(args, 0, port_arg(args, 1), context)?;
    let backlog = arg(args, 2).as_number().unwrap_or(511.0) as i32;
    let handle = listen::listen(
        &addr,
        Family::of(&addr),
        backlog,
        arg(args, 3).to_boolean(),
        arg(args, 4).to_boolean(),
    );
    Ok(server_handle(handle))
}

/// `pipeListen(path, backlog)`: a Unix socket server.
fn pipe_listen(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let path = string_arg(args, 0, context)?;
    let Ok(addr) = SockAddr::unix(&path) else {
        return Ok(JsValue::from(-libc::EINVAL));
    };
    let backlog = arg(args, 1).as_number().unwrap_or(511.0) as i32;
    Ok(server_handle(listen::listen(
        &addr,
        Family::Unix,
        backlog,
        false,
        false,
    )))
}

fn server_arg(args: &[JsValue]) -> JsResult<std::rc::Rc<listen::Listener>> {
    server_of(&arg(args, 0)).ok_or_else(|| {
        JsNativeError::typ()
            .with_message("not a server handle")
            .into()
    })
}

/// `listenStart(server, onconnection)`: 0 or `-errno`.
fn listen_start(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let listener = server_arg(args)?;
    let onconnection = function_arg(args, 1)?;
    Ok(JsValue::from(listen::start(
        &listener,
        onconnection,
        context,
    )))
}

fn server_close(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let listener = server_arg(args)?;
    listen::close(&listener, context);
    Ok(JsValue::undefined())
}

/// `closeCallback(fn)`: `fn` runs in the loop's close phase, as libuv calls a closed
/// handle's close callback: until then the loop stays alive and the handle is still
/// listed by `process.getActiveResourcesInfo()` (`stdlib-js/internal/net/handle.js`).
fn close_callback(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let Some(callback) = arg(args, 0).as_callable() else {
        return Err(JsNativeError::typ()
            .with_message("closeCallback: not a function")
            .into());
    };
    crate::host::Host::get(context)
        .kitchen
        .closing
        .borrow_mut()
        .push_back(callback);
    Ok(JsValue::undefined())
}

/// `serverRef(server, refed)`.
fn server_ref(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let listener = server_arg(args)?;
    listen::set_ref(&listener, arg(args, 1).to_boolean(), context);
    Ok(JsValue::undefined())
}

fn server_address(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let listener = server_arg(args)?;
    let local = listener.socket.borrow().as_ref().map(Socket::local_addr);
    Ok(match local {
        Some(Ok(addr)) => addr::to_js(&addr, context),
        Some(Err(e)) => JsValue::from(-errno_of(&e)),
        None => JsValue::from(-libc::EBADF),
    })
}

/// Starts connecting `socket` to `addr`: a stream handle whose
/// `oncomplete(status)` runs once the connection is made or refused.
fn connect(
    socket: Socket,
    addr: &SockAddr,
    oncomplete: JsObject,
    context: &mut Context,
) -> JsValue {
    match socket.connect(addr) {
        Ok(()) => {}
        Err(e) if e.raw_os_error() == Some(libc::EINPROGRESS) => {}
        Err(e) => return JsValue::from(-errno_of(&e)),
    }
    let op = if addr.is_unix() { "pipe" } else { "tcp" };
    new_handle(socket.into_raw_fd(), op, Some(oncomplete), context)
}

/// `tcpConnect(ip, port, localIp, localPort, oncomplete)`: a handle or `-errno`.
fn tcp_connect(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let addr = ip_arg(args, 0, port_arg(args, 1), context)?;
    let oncomplete = function_arg(args, 4)?;
    let socket = match socket_for(Family::of(&addr)) {
        Ok(socket) => socket,
        Err(e) => return Ok(JsValue::from(-errno_of(&e))),
    };
    if !arg(args, 2).is_undefined() {
        let local = ip_arg(args, 2, port_arg(args, 3), context)?;
        if let Err(e) = socket.bind(&local) {
            return Ok(JsValue::from(-errno_of(&e)));
        }
    }
    Ok(connect(socket, &addr, oncomplete, context))
}

/// `pipeConnect(path, oncomplete)`: a handle or `-errno`.
fn pipe_connect(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let path = string_arg(args, 0, context)?;
    let oncomplete = function_arg(args, 1)?;
    let Ok(addr) = SockAddr::unix(&path) else {
        return Ok(JsValue::from(-libc::EINVAL));
    };
    Ok(match socket_for(Family::Unix) {
        Ok(socket) => connect(socket, &addr, oncomplete, context),
        Err(e) => JsValue::from(-errno_of(&e)),
    })
}

/// Runs `f` on the socket behind a stream handle; `-EBADF` once closed.
fn with_socket(
    args: &[JsValue],
    f: impl FnOnce(SockRef<'_>) -> std::io::Result<JsValue>,
) -> JsValue {
    let Some(fd) = fd_of(&arg(args, 0)) else {
        return JsValue::from(-libc::EBADF);
    };
    // SAFETY: the handle is open, so `fd` stays valid for this call.
    let borrowed = unsafe { BorrowedFd::borrow_raw(fd as RawFd) };
    f(SockRef::from(&borrowed)).unwrap_or_else(|e| JsValue::from(-errno_of(&e)))
}

/// `address(handle, peer)`: the local (or the peer's) address.
fn address(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let peer = arg(args, 1).to_boolean();
    let addr = with_socket(args, |socket| {
        let addr = if peer {
            socket.peer_addr()?
        } else {
            socket.local_addr()?
        };
        Ok(addr::to_js(&addr, context))
    });
    Ok(addr)
}

fn set_no_delay(_: &JsValue, args: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let on = arg(args, 1).to_boolean();
    Ok(with_socket(args, |socket| {
        socket.set_tcp_nodelay(on).map(|()| JsValue::from(0))
    }))
}

/// `setKeepAlive(handle, enable, initialDelaySeconds)`.
fn set_keep_alive(_: &JsValue, args: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let on = arg(args, 1).to_boolean();
    let delay = arg(args, 2).as_number().unwrap_or(0.0).max(0.0);
    Ok(with_socket(args, |socket| {
        socket.set_keepalive(on)?;
        if on && delay >= 1.0 {
            let idle = TcpKeepalive::new().with_time(Duration::from_secs(delay as u64));
            socket.set_tcp_keepalive(&idle)?;
        }
        Ok(JsValue::from(0))
    }))
}

/// Makes the next close send a reset (`resetAndDestroy`).
fn set_linger_zero(_: &JsValue, args: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    Ok(with_socket(args, |socket| {
        socket
            .set_linger(Some(Duration::ZERO))
            .map(|()| JsValue::from(0))
    }))
}
