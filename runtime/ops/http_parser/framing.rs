//! What a head says about the message after it (RFC 9112 §6): how its body
//! is delimited, whether the connection changes protocol, and whether it
//! stays open afterwards.

use super::error::{self, ParseError};
use super::head::Head;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Body {
    None,
    Length(u64),
    Chunked,
    /// A response without a length: its body ends when the connection does.
    UntilClose,
}

pub struct Framing {
    pub body: Body,
    /// A request whose Transfer-Encoding does not end in chunked: llhttp
    /// hands out its head, then fails where the body would start.
    pub body_error: Option<ParseError>,
    pub upgrade: bool,
    pub keep_alive: bool,
}

/// The request a response answers, as far as its framing depends on it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Asked {
    #[default]
    Other,
    /// HEAD: the response has no body whatever its headers say.
    Head,
    /// CONNECT: a 2xx response hands the connection over.
    Connect,
}

pub fn of(head: &Head, request: bool, asked: Asked) -> Result<Framing, ParseError> {
    let mut close = false;
    let mut keep_alive_token = false;
    let mut upgrade_token = false;
    let mut has_upgrade = false;
    let mut chunked = None;
    let mut length: Option<u64> = None;
    let mut conflict = None;
    for (name, value) in &head.headers {
        if name.eq_ignore_ascii_case(b"connection") {
            for token in tokens(value) {
                close |= token.eq_ignore_ascii_case(b"close");
                keep_alive_token |= token.eq_ignore_ascii_case(b"keep-alive");
                upgrade_token |= token.eq_ignore_ascii_case(b"upgrade");
            }
        } else if name.eq_ignore_ascii_case(b"upgrade") {
            has_upgrade = true;
        } else if name.eq_ignore_ascii_case(b"transfer-encoding") {
            // Nothing may follow chunked, not even in another header.
            if chunked == Some(true) {
                return Err(error::TRANSFER_ENCODING_AFTER_CHUNKED);
            }
            let last = tokens(value).last().unwrap_or(b"");
            chunked = Some(last.eq_ignore_ascii_case(b"chunked"));
            if length.is_some() {
                conflict.get_or_insert(error::CHUNKED_WITH_CONTENT_LENGTH);
            }
        } else if name.eq_ignore_ascii_case(b"content-length") {
            if length.is_some() {
                return Err(error::DUPLICATE_CONTENT_LENGTH);
            }
            length = Some(content_length(value)?);
            if chunked.is_some() {
                conflict.get_or_insert(error::CONTENT_LENGTH_WITH_CHUNKED);
            }
        }
    }
    // Both lengths: the later header is the one llhttp names.
    if let Some(e) = conflict {
        return Err(e);
    }
    let no_body_status = !request
        && (asked == Asked::Head
            || (100..200).contains(&head.status)
            || head.status == 204
            || head.status == 304);
    let upgrade = if request {
        head.method == "CONNECT" || (has_upgrade && upgrade_token)
    } else {
        head.status == 101 || (asked == Asked::Connect && (200..300).contains(&head.status))
    };
    let mut body_error = None;
    let body = match (chunked, length) {
        _ if no_body_status => Body::None,
        (Some(true), _) => Body::Chunked,
        (Some(false), _) if request => {
            body_error = Some(error::INVALID_TRANSFER_ENCODING);
            Body::None
        }
        (Some(false), _) => Body::UntilClose,
        (None, Some(n)) => Body::Length(n),
        (None, None) if request => Body::None,
        (None, None) => Body::UntilClose,
    };
    let persistent = if head.minor >= 1 {
        !close
    } else {
        keep_alive_token && !close
    };
    Ok(Framing {
        body,
        body_error,
        upgrade,
        keep_alive: persistent && body != Body::UntilClose,
    })
}

/// The comma-separated tokens of a list header, trimmed.
fn tokens(value: &[u8]) -> impl Iterator<Item = &[u8]> {
    value
        .split(|&b| b == b',')
        .map(|t| t.trim_ascii())
        .filter(|t| !t.is_empty())
}

fn content_length(value: &[u8]) -> Result<u64, ParseError> {
    let digits = value.trim_ascii();
    if digits.is_empty() || !digits.iter().all(u8::is_ascii_digit) {
        return Err(error::INVALID_CONTENT_LENGTH);
    }
    digits.iter().try_fold(0u64, |n, d| {
        n.checked_mul(10)
            .and_then(|n| n.checked_add(u64::from(d - b'0')))
            .ok_or(error::INVALID_CONTENT_LENGTH)
    })
}
