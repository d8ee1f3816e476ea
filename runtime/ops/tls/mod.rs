//! Natives behind `node:tls` (`stdlib-js/tls.js`): a TLS session on
//! rustls, driven by JavaScript. The session does no I/O: JavaScript feeds
//! it the bytes its TCP socket read (`receive`), hands it plaintext to send
//! (`send`), and writes out what it produces (`outgoing`) on the same
//! socket, as Node's TLSWrap sits on a TCP handle. Certificates are checked
//! against the system's store (or the `ca` given) by webpki.

mod config;
mod errors;

use super::buffer::{new_buffer, with_bytes};
use super::{arg, binding_functions, NativeFn};
use boa_engine::object::builtins::{AlignedVec, JsArray};
use boa_engine::object::ObjectInitializer;
use boa_engine::property::Attribute;
use boa_engine::{
    js_string, Context, Finalize, JsData, JsNativeError, JsObject, JsResult, JsString, JsValue,
    Trace,
};
use config::VerifyError;
use rustls::pki_types::ServerName;
use rustls::Connection;
use std::cell::RefCell;
use std::io::{Read, Write};
use std::sync::Arc;

pub fn binding(context: &mut Context) -> JsResult<JsObject> {
    let functions: [(&str, NativeFn, usize); 7] = [
        ("clientSession", client_session, 4),
        ("serverSession", server_session, 3),
        ("receive", receive, 2),
        ("send", send, 2),
        ("outgoing", outgoing, 1),
        ("closeNotify", close_notify, 1),
        ("info", info, 1),
    ];
    Ok(binding_functions(context, &functions).build())
}

#[derive(Trace, Finalize, JsData)]
struct Session {
    #[unsafe_ignore_trace]
    connection: RefCell<Connection>,
    /// Why the peer's certificate was refused (a client's check).
    #[unsafe_ignore_trace]
    verify_error: Option<VerifyError>,
    host: String,
}

fn session_of(args: &[JsValue]) -> JsResult<JsObject> {
    arg(args, 0)
        .as_object()
        .filter(|o| o.downcast_ref::<Session>().is_some())
        .ok_or_else(|| {
            JsNativeError::typ()
                .with_message("not a TLS session")
                .into()
        })
}

fn with_session<T>(args: &[JsValue], f: impl FnOnce(&Session) -> T) -> JsResult<T> {
    let object = session_of(args)?;
    let session = object
        .downcast_ref::<Session>()
        .ok_or_else(|| JsNativeError::typ().with_message("not a TLS session"))?;
    Ok(f(&session))
}

fn optional_string(value: &JsValue, context: &mut Context) -> JsResult<Option<String>> {
    if value.is_null_or_undefined() {
        return Ok(None);
    }
    Ok(Some(value.to_string(context)?.to_std_string_escaped()))
}

/// ALPN protocol names from an array of strings.
fn protocols(value: &JsValue, context: &mut Context) -> JsResult<Vec<Vec<u8>>> {
    let Some(array) = value
        .as_object()
        .and_then(|o| JsArray::from_object(o.clone()).ok())
    else {
        return Ok(Vec::new());
    };
    let mut out = Vec::new();
    for i in 0..array.length(context)? {
        let name = array.get(i, context)?.to_string(context)?;
        out.push(name.to_std_string_escaped().into_bytes());
    }
    Ok(out)
}

fn tls_error(message: String) -> boa_engine::JsError {
    JsNativeError::error().with_message(message).into()
}

/// `clientSession(servername, rejectUnauthorized, caPem, alpn)`.
fn client_session(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let host = arg(args, 0).to_string(context)?.to_std_string_escaped();
    let options = config::ClientOptions {
        reject: arg(args, 1).to_boolean(),
        ca: optional_string(&arg(args, 2), context)?,
        alpn: protocols(&arg(args, 3), context)?,
    };
    let (config, verify_error) = config::client(options).map_err(tls_error)?;
    let name = ServerName::try_from(host.clone())
        .map_err(|_| tls_error(format!("invalid server name: {host}")))?;
    let connection = rustls::ClientConnection::new(Arc::new(config), name)
        .map_err(|e| tls_error(e.to_string()))?;
    let session = Session {
        connection: RefCell::new(connection.into()),
        verify_error: Some(verify_error),
        host,
    };
    Ok(JsObject::from_proto_and_data(None, session).into())
}

/// `serverSession(certPem, keyPem, alpn)`.
fn server_session(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let cert = arg(args, 0).to_string(context)?.to_std_string_escaped();
    let key = arg(args, 1).to_string(context)?.to_std_string_escaped();
    let alpn = protocols(&arg(args, 2), context)?;
    let config = config::server(&cert, &key, alpn).map_err(tls_error)?;
    let connection =
        rustls::ServerConnection::new(Arc::new(config)).map_err(|e| tls_error(e.to_string()))?;
    let session = Session {
        connection: RefCell::new(connection.into()),
        verify_error: None,
        host: String::new(),
    };
    Ok(JsObject::from_proto_and_data(None, session).into())
}

/// What `receive` found in the bytes it was fed.
#[derive(Default)]
struct Received {
    plain: Vec<u8>,
    /// The peer sent close_notify: no more plaintext comes.
    ended: bool,
    /// `(code, message)` of a failure.
    error: Option<(String, String)>,
    /// Whether the handshake is still under way after these bytes.
    handshaking: bool,
}

fn feed(session: &Session, mut bytes: &[u8]) -> Received {
    let mut out = Received::default();
    let mut connection = session.connection.borrow_mut();
    while !bytes.is_empty() && out.error.is_none() {
        if let Err(e) = connection.read_tls(&mut bytes) {
            out.error = Some(("ERR_SSL_SSL_HANDSHAKE_FAILURE".into(), e.to_string()));
            break;
        }
        if let Err(e) = connection.process_new_packets() {
            out.error = Some(match &e {
                rustls::Error::InvalidCertificate(_) => errors::certificate(&e, &session.host),
                _ => errors::protocol(&e),
            });
        }
        let mut chunk = [0u8; 16 * 1024];
        loop {
            match connection.reader().read(&mut chunk) {
                Ok(0) => {
                    out.ended = true;
                    break;
                }
                Ok(n) => out.plain.extend_from_slice(&chunk[..n]),
                // WouldBlock: nothing more now; UnexpectedEof is the peer
                // closing without close_notify, which the socket's end shows.
                Err(_) => break,
            }
        }
    }
    out.handshaking = connection.is_handshaking();
    out
}

/// `receive(session, bytes)`: `[plaintext Buffer or null, ended, errorCode,
/// errorMessage, handshaking]`.
fn receive(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let object = session_of(args)?;
    let received = {
        let session = object
            .downcast_ref::<Session>()
            .ok_or_else(|| JsNativeError::typ().with_message("not a TLS session"))?;
        with_bytes(&arg(args, 1), context, |bytes| feed(&session, bytes))?
    };
    let plain = if received.plain.is_empty() {
        JsValue::null()
    } else {
        new_buffer(AlignedVec::from_slice(0, &received.plain), context)?
    };
    let (code, message) = match received.error {
        Some((code, message)) => (
            JsString::from(code.as_str()).into(),
            JsString::from(message.as_str()).into(),
        ),
        None => (JsValue::null(), JsValue::null()),
    };
    let items = [
        plain,
        received.ended.into(),
        code,
        message,
        received.handshaking.into(),
    ];
    Ok(JsArray::from_iter(items, context).into())
}

/// `send(session, plaintext)`: queued for `outgoing` (before the handshake
/// is done, rustls holds it until it can be sent).
fn send(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let object = session_of(args)?;
    let session = object
        .downcast_ref::<Session>()
        .ok_or_else(|| JsNativeError::typ().with_message("not a TLS session"))?;
    with_bytes(&arg(args, 1), context, |bytes| {
        session.connection.borrow_mut().writer().write_all(bytes)
    })?
    .map_err(|e| tls_error(e.to_string()))?;
    Ok(JsValue::undefined())
}

/// `outgoing(session)`: the TLS bytes to write to the socket, or null.
fn outgoing(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let bytes = with_session(args, |session| {
        let mut connection = session.connection.borrow_mut();
        let mut out = Vec::new();
        while connection.wants_write() {
            if connection.write_tls(&mut out).is_err() {
                break;
            }
        }
        out
    })?;
    if bytes.is_empty() {
        return Ok(JsValue::null());
    }
    new_buffer(AlignedVec::from_slice(0, &bytes), context)
}

/// `closeNotify(session)`: says goodbye (then `outgoing` has the alert).
fn close_notify(_: &JsValue, args: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    with_session(args, |session| {
        session.connection.borrow_mut().send_close_notify()
    })?;
    Ok(JsValue::undefined())
}

/// `info(session)`: `{ protocol, alpnProtocol, cipher, authorizationError,
/// authorizationMessage, peerCertificates }` once the handshake is done.
fn info(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    type Info = (
        Option<&'static str>,
        Option<Vec<u8>>,
        Option<String>,
        Option<(String, String)>,
        Vec<Vec<u8>>,
    );
    let (protocol, alpn, cipher, refused, certs): Info = with_session(args, |session| {
        let connection = session.connection.borrow();
        let protocol = connection.protocol_version().map(|v| match v {
            rustls::ProtocolVersion::TLSv1_3 => "TLSv1.3",
            rustls::ProtocolVersion::TLSv1_2 => "TLSv1.2",
            _ => "unknown",
        });
        let cipher = connection
            .negotiated_cipher_suite()
            .map(|s| format!("{:?}", s.suite()));
        let refused = session
            .verify_error
            .as_ref()
            .and_then(|slot| slot.lock().ok().and_then(|e| e.clone()))
            .map(|e| errors::certificate(&e, &session.host));
        let certs = connection
            .peer_certificates()
            .map(|c| c.iter().map(|d| d.to_vec()).collect())
            .unwrap_or_default();
        (
            protocol,
            connection.alpn_protocol().map(<[u8]>::to_vec),
            cipher,
            refused,
            certs,
        )
    })?;
    let text =
        |s: Option<&str>| -> JsValue { s.map_or(JsValue::null(), |s| JsString::from(s).into()) };
    let alpn = alpn.map_or(JsValue::from(false), |a| {
        JsString::from(String::from_utf8_lossy(&a).as_ref()).into()
    });
    let mut buffers = Vec::new();
    for der in certs {
        buffers.push(new_buffer(AlignedVec::from_slice(0, &der), context)?);
    }
    let peer = JsArray::from_iter(buffers, context);
    let (code, message) = match &refused {
        Some((code, message)) => (Some(code.as_str()), Some(message.as_str())),
        None => (None, None),
    };
    Ok(ObjectInitializer::new(context)
        .property(js_string!("protocol"), text(protocol), Attribute::all())
        .property(js_string!("alpnProtocol"), alpn, Attribute::all())
        .property(
            js_string!("cipher"),
            text(cipher.as_deref()),
            Attribute::all(),
        )
        .property(
            js_string!("authorizationError"),
            text(code),
            Attribute::all(),
        )
        .property(
            js_string!("authorizationMessage"),
            text(message),
            Attribute::all(),
        )
        .property(js_string!("peerCertificates"), peer, Attribute::all())
        .build()
        .into())
}
