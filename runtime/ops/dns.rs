//! Natives behind `node:dns`'s `lookup` and `lookupService`: the system
//! resolver (`getaddrinfo`/`getnameinfo`, which read /etc/hosts and
//! nsswitch as every program on the machine does) on the pool, since both
//! block. Node does the same through libuv; `resolve*` (DNS queries of its
//! own, c-ares in Node) is not here.
//!
//! A failure reaches JavaScript as libuv's number for it (`-3008` for
//! `EAI_NONAME`), from which `stdlib-js/dns.js` builds Node's error.

use super::{arg, binding_functions, NativeFn};
use crate::host::Host;
use crate::kitchen;
use crate::kitchen::pool::Deliver;
use boa_engine::object::builtins::JsArray;
use boa_engine::{Context, JsNativeError, JsObject, JsResult, JsString, JsValue};
use std::ffi::{CStr, CString};
use std::net::{IpAddr, SocketAddr};

pub fn binding(context: &mut Context) -> JsResult<JsObject> {
    let functions: [(&str, NativeFn, usize); 2] = [
        ("getaddrinfo", getaddrinfo, 4),
        ("getnameinfo", getnameinfo, 3),
    ];
    Ok(binding_functions(context, &functions).build())
}

/// libuv's number for a `getaddrinfo`/`getnameinfo` error code.
fn uv_eai(code: i32) -> i32 {
    match code {
        libc::EAI_AGAIN => -3001,
        libc::EAI_BADFLAGS => -3002,
        libc::EAI_FAIL => -3004,
        libc::EAI_FAMILY => -3005,
        libc::EAI_MEMORY => -3006,
        libc::EAI_NODATA => -3007,
        libc::EAI_NONAME => -3008,
        libc::EAI_OVERFLOW => -3009,
        libc::EAI_SERVICE => -3010,
        libc::EAI_SOCKTYPE => -3011,
        // EAI_SYSTEM: the reason is in errno.
        libc::EAI_SYSTEM => -std::io::Error::last_os_error()
            .raw_os_error()
            .unwrap_or(libc::EIO),
        _ => -3004,
    }
}

/// What a lookup found: addresses as (text, 4 or 6), or libuv's error number.
struct Found(Result<Vec<(String, u8)>, i32>);

impl Deliver for Found {
    fn deliver(self: Box<Self>, handler: JsValue, context: &mut Context) -> JsResult<()> {
        let args = match self.0 {
            Ok(list) => {
                let items: Vec<JsValue> = list
                    .into_iter()
                    .map(|(address, family)| {
                        let pair = [JsString::from(address.as_str()).into(), family.into()];
                        JsArray::from_iter(pair, context).into()
                    })
                    .collect();
                [JsValue::from(0), JsArray::from_iter(items, context).into()]
            }
            Err(errno) => [JsValue::from(errno), JsValue::undefined()],
        };
        if let Some(f) = handler.as_callable() {
            f.call(&JsValue::undefined(), &args, context)?;
        }
        Ok(())
    }
}

/// `getaddrinfo(hostname, family, flags, callback)`: `callback(0, [[address,
/// family], ...])` in the resolver's order, or `callback(uvErrno)`.
fn getaddrinfo(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let name = arg(args, 0).to_string(context)?.to_std_string_escaped();
    let family = match arg(args, 1).as_number() {
        Some(4.0) => libc::AF_INET,
        Some(6.0) => libc::AF_INET6,
        _ => libc::AF_UNSPEC,
    };
    let flags = arg(args, 2).as_number().unwrap_or(0.0) as i32;
    let callback = arg(args, 3);
    if !callback.is_callable() {
        return Err(JsNativeError::typ()
            .with_message("callback must be a function")
            .into());
    }
    let host = Host::get(context);
    let detail = name.clone();
    kitchen::submit(
        &host.kitchen,
        "getaddrinfo",
        &detail,
        callback,
        Box::new(move || Box::new(Found(resolve(&name, family, flags))) as Box<dyn Deliver>),
    )?;
    Ok(JsValue::undefined())
}

fn resolve(name: &str, family: i32, flags: i32) -> Result<Vec<(String, u8)>, i32> {
    let Ok(c_name) = CString::new(name) else {
        return Err(-3008);
    };
    // SAFETY: an all-zero addrinfo is a valid "no hints" value.
    let mut hints: libc::addrinfo = unsafe { std::mem::zeroed() };
    hints.ai_family = family;
    hints.ai_socktype = libc::SOCK_STREAM;
    hints.ai_flags = flags;
    let mut list: *mut libc::addrinfo = std::ptr::null_mut();
    // SAFETY: the name is NUL-terminated; the list is freed below.
    let code = unsafe { libc::getaddrinfo(c_name.as_ptr(), std::ptr::null(), &hints, &mut list) };
    if code != 0 {
        return Err(uv_eai(code));
    }
    let mut found = Vec::new();
    let mut next = list;
    while !next.is_null() {
        // SAFETY: `next` is a node of the list getaddrinfo made.
        let info = unsafe { &*next };
        // SAFETY: ai_addr holds ai_addrlen bytes of the family it says.
        if let Some(ip) = unsafe { socket_addr(info.ai_addr, info.ai_addrlen) } {
            let family = if ip.is_ipv4() { 4 } else { 6 };
            found.push((ip.ip().to_string(), family));
        }
        next = info.ai_next;
    }
    // SAFETY: `list` came from getaddrinfo and is freed once.
    unsafe { libc::freeaddrinfo(list) };
    Ok(found)
}

/// The IP address in a `sockaddr` of `len` bytes, if it is one.
///
/// # Safety
/// `addr` must point to `len` readable bytes of a socket address.
unsafe fn socket_addr(addr: *const libc::sockaddr, len: libc::socklen_t) -> Option<SocketAddr> {
    if addr.is_null() {
        return None;
    }
    let len = len as usize;
    match i32::from((*addr).sa_family) {
        libc::AF_INET if len >= std::mem::size_of::<libc::sockaddr_in>() => {
            let v4 = &*addr.cast::<libc::sockaddr_in>();
            let ip = std::net::Ipv4Addr::from(u32::from_be(v4.sin_addr.s_addr));
            Some(SocketAddr::new(ip.into(), u16::from_be(v4.sin_port)))
        }
        libc::AF_INET6 if len >= std::mem::size_of::<libc::sockaddr_in6>() => {
            let v6 = &*addr.cast::<libc::sockaddr_in6>();
            let ip = std::net::Ipv6Addr::from(v6.sin6_addr.s6_addr);
            Some(SocketAddr::new(ip.into(), u16::from_be(v6.sin6_port)))
        }
        _ => None,
    }
}

/// What a reverse lookup found: (host, service) or libuv's error number.
struct Named(Result<(String, String), i32>);

impl Deliver for Named {
    fn deliver(self: Box<Self>, handler: JsValue, context: &mut Context) -> JsResult<()> {
        let args = match self.0 {
            Ok((host, service)) => [
                JsValue::from(0),
                JsString::from(host.as_str()).into(),
                JsString::from(service.as_str()).into(),
            ],
            Err(errno) => [
                JsValue::from(errno),
                JsValue::undefined(),
                JsValue::undefined(),
            ],
        };
        if let Some(f) = handler.as_callable() {
            f.call(&JsValue::undefined(), &args, context)?;
        }
        Ok(())
    }
}

/// `getnameinfo(address, port, callback)`: `callback(0, hostname, service)`.
fn getnameinfo(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let address = arg(args, 0).to_string(context)?.to_std_string_escaped();
    let port = arg(args, 1).as_number().unwrap_or(0.0) as u16;
    let callback = arg(args, 2);
    let Ok(ip) = address.parse::<IpAddr>() else {
        return Err(JsNativeError::typ()
            .with_message(format!("not an IP address: {address}"))
            .into());
    };
    let host = Host::get(context);
    kitchen::submit(
        &host.kitchen,
        "getnameinfo",
        &address,
        callback,
        Box::new(move || Box::new(Named(name_of(SocketAddr::new(ip, port)))) as Box<dyn Deliver>),
    )?;
    Ok(JsValue::undefined())
}

fn name_of(addr: SocketAddr) -> Result<(String, String), i32> {
    let sock = socket2::SockAddr::from(addr);
    let mut host = [0 as libc::c_char; 1025];
    let mut service = [0 as libc::c_char; 32];
    // SAFETY: each buffer's length is passed with it; getnameinfo writes
    // NUL-terminated strings into them.
    let code = unsafe {
        libc::getnameinfo(
            sock.as_ptr().cast(),
            sock.len(),
            host.as_mut_ptr(),
            host.len() as libc::socklen_t,
            service.as_mut_ptr(),
            service.len() as libc::socklen_t,
            libc::NI_NAMEREQD,
        )
    };
    if code != 0 {
        return Err(uv_eai(code));
    }
    // SAFETY: both are NUL-terminated by getnameinfo.
    let text = |b: &[libc::c_char]| {
        unsafe { CStr::from_ptr(b.as_ptr()) }
            .to_string_lossy()
            .into_owned()
    };
    Ok((text(&host), text(&service)))
}
