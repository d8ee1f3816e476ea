//! The start line and header block of one message, read with `httparse`
//! once the whole block is in (it is kept by the parser until then).

use super::error::{self, ParseError};

/// Node's `http.METHODS`: llhttp refuses any other method.
pub const METHODS: [&str; 35] = [
    "ACL",
    "BIND",
    "CHECKOUT",
    "CONNECT",
    "COPY",
    "DELETE",
    "GET",
    "HEAD",
    "LINK",
    "LOCK",
    "M-SEARCH",
    "MERGE",
    "MKACTIVITY",
    "MKCALENDAR",
    "MKCOL",
    "MOVE",
    "NOTIFY",
    "OPTIONS",
    "PATCH",
    "POST",
    "PROPFIND",
    "PROPPATCH",
    "PURGE",
    "PUT",
    "QUERY",
    "REBIND",
    "REPORT",
    "SEARCH",
    "SOURCE",
    "SUBSCRIBE",
    "TRACE",
    "UNBIND",
    "UNLINK",
    "UNLOCK",
    "UNSUBSCRIBE",
];

/// A parsed head: a request's method and target, or a response's status.
pub struct Head {
    pub method: &'static str,
    pub url: Vec<u8>,
    pub status: u16,
    pub reason: Vec<u8>,
    pub minor: u8,
    pub headers: Vec<(Vec<u8>, Vec<u8>)>,
}

/// Reads a head from the start of `buf`: `None` while it is incomplete,
/// else the head and the bytes it took. `max` bounds the start line and
/// header fields and values together, as Node's `--max-http-header-size`.
pub fn parse(buf: &[u8], request: bool, max: usize) -> Result<Option<(Head, usize)>, ParseError> {
    if request {
        check_method_prefix(buf)?;
    }
    let mut room = 32;
    loop {
        let mut headers = vec![httparse::EMPTY_HEADER; room];
        let parsed = if request {
            let mut req = httparse::Request::new(&mut headers);
            match req.parse(buf) {
                Ok(httparse::Status::Complete(n)) => Ok(Some((
                    Head {
                        method: known_method(req.method.unwrap_or("")).unwrap_or("GET"),
                        url: req.path.unwrap_or("").as_bytes().to_vec(),
                        status: 0,
                        reason: Vec::new(),
                        minor: req.version.unwrap_or(1),
                        headers: owned(req.headers),
                    },
                    n,
                ))),
                Ok(httparse::Status::Partial) => Ok(None),
                Err(e) => Err(e),
            }
        } else {
            let mut res = httparse::Response::new(&mut headers);
            match res.parse(buf) {
                Ok(httparse::Status::Complete(n)) => Ok(Some((
                    Head {
                        method: "",
                        url: Vec::new(),
                        status: res.code.unwrap_or(0),
                        reason: res.reason.unwrap_or("").as_bytes().to_vec(),
                        minor: res.version.unwrap_or(1),
                        headers: owned(res.headers),
                    },
                    n,
                ))),
                Ok(httparse::Status::Partial) => Ok(None),
                Err(e) => Err(e),
            }
        };
        return match parsed {
            Ok(Some((head, n))) => {
                if counted_size(&head) > max {
                    return Err(error::HEADER_OVERFLOW);
                }
                Ok(Some((head, n)))
            }
            Ok(None) => {
                if estimated_size(buf) > max {
                    return Err(error::HEADER_OVERFLOW);
                }
                Ok(None)
            }
            Err(httparse::Error::TooManyHeaders) if room < buf.len() / 3 + 1 => {
                room *= 4;
                continue;
            }
            Err(e) => Err(translate(e, request)),
        };
    }
}

fn owned(headers: &[httparse::Header<'_>]) -> Vec<(Vec<u8>, Vec<u8>)> {
    headers
        .iter()
        .map(|h| (h.name.as_bytes().to_vec(), h.value.to_vec()))
        .collect()
}

fn known_method(name: &str) -> Option<&'static str> {
    METHODS.iter().copied().find(|m| *m == name)
}

/// llhttp fails on the first byte that no method starts with, before the
/// rest of the line arrives.
fn check_method_prefix(buf: &[u8]) -> Result<(), ParseError> {
    let end = buf.iter().position(|&b| b == b' ');
    let word = &buf[..end.unwrap_or(buf.len())];
    let fits = |m: &&str| match end {
        Some(_) => m.as_bytes() == word,
        None => m.as_bytes().starts_with(word),
    };
    if METHODS.iter().any(fits) {
        Ok(())
    } else {
        Err(error::INVALID_METHOD)
    }
}

/// What Node counts against the header limit: the target or status text,
/// and every field name and value.
fn counted_size(head: &Head) -> usize {
    let fields: usize = head.headers.iter().map(|(n, v)| n.len() + v.len()).sum();
    head.url.len() + head.reason.len() + fields
}

/// The same count for a head still arriving: its bytes less each line's
/// end and separator.
fn estimated_size(buf: &[u8]) -> usize {
    let lines = buf.iter().filter(|&&b| b == b'\n').count();
    buf.len().saturating_sub(lines * 4 + 16)
}

fn translate(e: httparse::Error, request: bool) -> ParseError {
    match e {
        httparse::Error::HeaderName => error::INVALID_HEADER_TOKEN,
        httparse::Error::HeaderValue => error::INVALID_HEADER_VALUE,
        httparse::Error::NewLine => error::LF_EXPECTED,
        httparse::Error::Status => error::INVALID_STATUS,
        httparse::Error::Version => error::INVALID_VERSION,
        httparse::Error::TooManyHeaders => error::HEADER_OVERFLOW,
        httparse::Error::Token if request => error::INVALID_URL,
        httparse::Error::Token => error::INVALID_STATUS,
    }
}
