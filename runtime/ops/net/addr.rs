//! Socket addresses between JavaScript and the OS: an IP string and a port
//! (or a Unix socket's path) in, Node's `{ address, family, port }` out.

use boa_engine::object::ObjectInitializer;
use boa_engine::property::Attribute;
use boa_engine::{js_string, Context, JsString, JsValue};
use socket2::SockAddr;
use std::net::{IpAddr, SocketAddr};

/// The address for `ip` (already a literal: JavaScript did the lookup)
/// and `port`, or None if `ip` is not an IP literal.
pub(super) fn ip_addr(ip: &str, port: u16) -> Option<SockAddr> {
    // Node accepts an IPv6 scope (`fe80::1%lo`); std's parser does not.
    let (ip, scope) = match ip.split_once('%') {
        Some((ip, scope)) => (ip, Some(scope)),
        None => (ip, None),
    };
    let ip: IpAddr = ip.parse().ok()?;
    let addr = match (ip, scope) {
        (IpAddr::V6(v6), Some(scope)) => {
            let id = scope.parse().ok().or_else(|| interface_index(scope))?;
            SocketAddr::V6(std::net::SocketAddrV6::new(v6, port, 0, id))
        }
        (ip, _) => SocketAddr::new(ip, port),
    };
    Some(addr.into())
}

/// 4 or 6 if `text` is an IP address, else 0. A zone (`%eth0`) may follow
/// an IPv6 address, of the characters Node allows.
pub(super) fn ip_version(text: &str) -> u8 {
    if text.parse::<std::net::Ipv4Addr>().is_ok() {
        return 4;
    }
    let (ip, zone) = match text.split_once('%') {
        Some((ip, zone)) => (ip, Some(zone)),
        None => (text, None),
    };
    let zone_ok = zone.is_none_or(|z| {
        !z.is_empty()
            && z.bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b':'))
    });
    if zone_ok && ip.parse::<std::net::Ipv6Addr>().is_ok() {
        6
    } else {
        0
    }
}

fn interface_index(name: &str) -> Option<u32> {
    let name = std::ffi::CString::new(name).ok()?;
    // SAFETY: `name` is NUL-terminated.
    let index = unsafe { libc::if_nametoindex(name.as_ptr()) };
    (index != 0).then_some(index)
}

/// What Node's `address()` gives for `addr`: `{ address, family, port }`
/// for IP, the path (a string) for a Unix socket.
pub(super) fn to_js(addr: &SockAddr, context: &mut Context) -> JsValue {
    if let Some(ip) = addr.as_socket() {
        let (address, family) = match ip {
            SocketAddr::V4(v4) => (v4.ip().to_string(), "IPv4"),
            SocketAddr::V6(v6) => {
                let mut text = v6.ip().to_string();
                if v6.scope_id() != 0 {
                    text = format!("{text}%{}", v6.scope_id());
                }
                (text, "IPv6")
            }
        };
        return ObjectInitializer::new(context)
            .property(
                js_string!("address"),
                JsString::from(address.as_str()),
                Attribute::all(),
            )
            .property(js_string!("family"), js_string!(family), Attribute::all())
            .property(js_string!("port"), ip.port(), Attribute::all())
            .build()
            .into();
    }
    let path = addr
        .as_pathname()
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_default();
    JsString::from(path.as_str()).into()
}
