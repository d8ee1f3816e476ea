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
    pub major: u8,
    pub minor: u8,
    pub headers: Vec<(Vec<u8>, Vec<u8>)>,
}

/// Reads a head from the start of `buf`: `None` while it is incomplete,
/// else the head and the bytes it took. `max` bounds the start line and
/// header fields and values together, as Node's `--max-http-header-size`.
/// A failure comes with the offset in `buf` where it was found.
pub fn parse(
    buf: &[u8],
    request: bool,
    max: usize,
) -> Result<Option<(Head, usize)>, (ParseError, usize)> {
    if request {
        check_method_prefix(buf)?;
    } else {
        check_response_prefix(buf)?;
    }
    check_line_ends(buf)?;
    let overflow = Err((error::HEADER_OVERFLOW, buf.len()));
    // httparse reads HTTP/1.x only; llhttp also takes 0.9, read here as 1.0.
    let http09 = version_09_at(buf, request);
    let patched;
    let input = match http09 {
        Some(at) => {
            patched = [&buf[..at], b"1.0", &buf[at + 3..]].concat();
            &patched[..]
        }
        None => buf,
    };
    let mut room = 32;
    loop {
        let mut headers = vec![httparse::EMPTY_HEADER; room];
        let parsed = if request {
            parse_request(input, &mut headers)
        } else {
            parse_response(input, &mut headers)
        };
        return match parsed {
            Ok(Some((mut head, n))) => {
                if http09.is_some() {
                    (head.major, head.minor) = (0, 9);
                }
                if counted_size(&head) > max {
                    return overflow;
                }
                Ok(Some((head, n)))
            }
            Ok(None) => {
                if estimated_size(buf) > max {
                    return overflow;
                }
                Ok(None)
            }
            Err(httparse::Error::TooManyHeaders) if room < buf.len() / 3 + 1 => {
                room *= 4;
                continue;
            }
            Err(e) => {
                let line_end = buf.iter().position(|&b| b == b'\n').unwrap_or(buf.len());
                Err((translate(e, request), line_end))
            }
        };
    }
}

fn parse_request<'b>(
    buf: &'b [u8],
    headers: &mut [httparse::Header<'b>],
) -> Result<Option<(Head, usize)>, httparse::Error> {
    let mut req = httparse::Request::new(headers);
    Ok(match req.parse(buf)? {
        httparse::Status::Complete(n) => Some((
            Head {
                method: known_method(req.method.unwrap_or("")).unwrap_or("GET"),
                url: req.path.unwrap_or("").as_bytes().to_vec(),
                status: 0,
                reason: Vec::new(),
                major: 1,
                minor: req.version.unwrap_or(1),
                headers: owned(req.headers),
            },
            n,
        )),
        httparse::Status::Partial => None,
    })
}

fn parse_response<'b>(
    buf: &'b [u8],
    headers: &mut [httparse::Header<'b>],
) -> Result<Option<(Head, usize)>, httparse::Error> {
    let mut res = httparse::Response::new(headers);
    // llhttp takes obsolete line folding in responses (RFC 9112 §5.2).
    let mut config = httparse::ParserConfig::default();
    config.allow_obsolete_multiline_headers_in_responses(true);
    Ok(match config.parse_response(&mut res, buf)? {
        httparse::Status::Complete(n) => Some((
            Head {
                method: "",
                url: Vec::new(),
                status: res.code.unwrap_or(0),
                reason: res.reason.unwrap_or("").as_bytes().to_vec(),
                major: 1,
                minor: res.version.unwrap_or(1),
                headers: owned(res.headers),
            },
            n,
        )),
        httparse::Status::Partial => None,
    })
}

fn owned(headers: &[httparse::Header<'_>]) -> Vec<(Vec<u8>, Vec<u8>)> {
    headers
        .iter()
        .map(|h| (h.name.as_bytes().to_vec(), unfold(h.value)))
        .collect()
}

/// A folded value (`a\r\n b`) as one line: each fold becomes one space.
fn unfold(value: &[u8]) -> Vec<u8> {
    if !value.contains(&b'\n') {
        return value.to_vec();
    }
    let mut out = Vec::with_capacity(value.len());
    let mut i = 0;
    while i < value.len() {
        if value[i] == b'\r' || value[i] == b'\n' {
            while i < value.len() && matches!(value[i], b'\r' | b'\n' | b' ' | b'\t') {
                i += 1;
            }
            out.push(b' ');
        } else {
            out.push(value[i]);
            i += 1;
        }
    }
    out
}

fn known_method(name: &str) -> Option<&'static str> {
    METHODS.iter().copied().find(|m| *m == name)
}

/// llhttp fails on the first byte that no method starts with, before the
/// rest of the line arrives.
fn check_method_prefix(buf: &[u8]) -> Result<(), (ParseError, usize)> {
    let end = buf.iter().position(|&b| b == b' ');
    let word = &buf[..end.unwrap_or(buf.len())];
    let fits = |m: &&str| match end {
        Some(_) => m.as_bytes() == word,
        None => m.as_bytes().starts_with(word),
    };
    if METHODS.iter().any(fits) {
        return Ok(());
    }
    // llhttp stops at the first byte no method continues with.
    let matched = METHODS
        .iter()
        .map(|m| m.bytes().zip(word).take_while(|(a, b)| a == *b).count())
        .max()
        .unwrap_or(0);
    // It counts the first byte as read even when no method starts with it.
    Err((error::INVALID_METHOD, matched.max(1)))
}

fn check_response_prefix(buf: &[u8]) -> Result<(), (ParseError, usize)> {
    match buf.iter().zip(b"HTTP/").position(|(a, b)| a != b) {
        None => Ok(()),
        Some(at) => Err((error::INVALID_CONSTANT, at)),
    }
}

/// Lines end in CRLF: llhttp refuses a lone CR or a bare LF in a head.
fn check_line_ends(buf: &[u8]) -> Result<(), (ParseError, usize)> {
    let end = buf
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .map_or(buf.len(), |i| i + 4);
    let head = &buf[..end];
    for (i, &b) in head.iter().enumerate() {
        match b {
            b'\r' if i + 1 < head.len() && head[i + 1] != b'\n' => {
                return Err((error::LF_EXPECTED, i + 1))
            }
            b'\n' if i == 0 || head[i - 1] != b'\r' => return Err((error::CR_EXPECTED, i)),
            _ => {}
        }
    }
    Ok(())
}

/// Where "0.9" of an `HTTP/0.9` start line is, if it is one.
fn version_09_at(buf: &[u8], request: bool) -> Option<usize> {
    if !request {
        return buf.starts_with(b"HTTP/0.9").then_some(5);
    }
    let line_end = buf.iter().position(|&b| b == b'\r')?;
    buf[..line_end]
        .ends_with(b" HTTP/0.9")
        .then(|| line_end - 3)
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
