//! The incremental parser: bytes in as they arrive, events out. It keeps
//! only what it must between calls (an unfinished head, chunk-size line or
//! trailer block); body bytes are handed out as ranges of the input.

use super::error::{self, ParseError};
use super::framing::{self, Asked, Body};
use super::head::{self, Head};
use std::ops::Range;

pub enum Event {
    Head {
        head: Head,
        upgrade: bool,
        keep_alive: bool,
    },
    /// Body bytes: a range of the input given to `execute`.
    Body(Range<usize>),
    /// The message ended; trailers as (name, value) pairs.
    Complete(Vec<(Vec<u8>, Vec<u8>)>),
    /// The connection changed protocol: bytes from `at` on are not HTTP.
    Upgrade { at: usize },
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum State {
    Head,
    Length(u64),
    ChunkSize,
    ChunkData(u64),
    ChunkDataEnd,
    Trailers,
    UntilClose,
    Upgraded,
    /// After an error, every later input fails with it again (as llhttp does).
    Failed(ParseError),
}

pub struct Parser {
    request: bool,
    max_header_size: usize,
    /// What the request being answered was (responses only).
    pub asked: Asked,
    state: State,
    pending: Vec<u8>,
    /// Where in the input the last error was found, when not where its step began.
    error_at: Option<usize>,
}

/// The most chunk-extension bytes one chunk may carry (Node's limit).
const MAX_CHUNK_EXTENSIONS: usize = 16 * 1024;
/// Room in a chunk-size line for the size itself and its line end.
const CHUNK_LINE_SLACK: usize = 32;

impl Parser {
    pub fn new(request: bool, max_header_size: usize) -> Self {
        Parser {
            request,
            max_header_size,
            asked: Asked::Other,
            state: State::Head,
            pending: Vec::new(),
            error_at: None,
        }
    }

    /// Starts over, between messages or after an upgrade that was declined.
    pub fn reset(&mut self) {
        self.state = State::Head;
        self.pending.clear();
    }

    /// Parses `input`, pushing events on `out`. An error carries how far
    /// into `input` parsing got.
    pub fn execute(
        &mut self,
        input: &[u8],
        out: &mut Vec<Event>,
    ) -> Result<(), (ParseError, usize)> {
        let mut pos = 0;
        while pos < input.len() {
            pos = match self.step(input, pos, out) {
                Ok(Some(next)) => next,
                Ok(None) => return Ok(()),
                Err(e) => {
                    self.state = State::Failed(e.clone());
                    return Err((e, self.error_at.take().unwrap_or(pos)));
                }
            };
        }
        Ok(())
    }

    /// The connection ended: completes a body read until close, or fails
    /// a message cut short.
    pub fn finish(&mut self, out: &mut Vec<Event>) -> Result<(), ParseError> {
        match self.state {
            State::UntilClose => {
                self.state = State::Head;
                out.push(Event::Complete(Vec::new()));
                Ok(())
            }
            State::Head if self.pending.is_empty() => Ok(()),
            State::Upgraded | State::Failed(_) => Ok(()),
            _ => {
                self.state = State::Failed(error::INVALID_EOF_STATE);
                Err(error::INVALID_EOF_STATE)
            }
        }
    }

    /// One step from `pos`: the position after it, or `None` when the rest
    /// of the input is not for this parser.
    fn step(
        &mut self,
        input: &[u8],
        pos: usize,
        out: &mut Vec<Event>,
    ) -> Result<Option<usize>, ParseError> {
        let rest = &input[pos..];
        let next = match self.state {
            State::Head => self.head(input, pos, out)?,
            State::Length(left) | State::ChunkData(left) => {
                let take = left.min(rest.len() as u64) as usize;
                out.push(Event::Body(pos..pos + take));
                let left = left - take as u64;
                if let State::Length(_) = self.state {
                    self.state = State::Length(left);
                    if left == 0 {
                        self.complete(Vec::new(), out);
                    }
                } else {
                    self.state = if left == 0 {
                        State::ChunkDataEnd
                    } else {
                        State::ChunkData(left)
                    };
                }
                pos + take
            }
            State::ChunkSize => self.chunk_size(rest, pos)?,
            State::ChunkDataEnd => {
                let take = (2 - self.pending.len()).min(rest.len());
                self.pending.extend_from_slice(&rest[..take]);
                if self.pending.len() == 2 {
                    if self.pending != b"\r\n" {
                        return Err(error::CHUNK_DATA_END);
                    }
                    self.pending.clear();
                    self.state = State::ChunkSize;
                }
                pos + take
            }
            State::Trailers => self.trailers(rest, pos, out)?,
            State::UntilClose => {
                out.push(Event::Body(pos..input.len()));
                input.len()
            }
            State::Upgraded => return Ok(None),
            State::Failed(ref e) => return Err(e.clone()),
        };
        Ok(Some(next))
    }

    fn head(
        &mut self,
        input: &[u8],
        mut pos: usize,
        out: &mut Vec<Event>,
    ) -> Result<usize, ParseError> {
        if self.pending.is_empty() {
            // Line ends between messages are allowed (RFC 9112 §2.2).
            while pos < input.len() && (input[pos] == b'\r' || input[pos] == b'\n') {
                pos += 1;
            }
            if pos == input.len() {
                return Ok(pos);
            }
        }
        let before = self.pending.len();
        let room = (self.max_header_size * 2 + 8192).saturating_sub(before);
        let take = room.min(input.len() - pos).max(1);
        self.pending.extend_from_slice(&input[pos..pos + take]);
        let parsed = head::parse(&self.pending, self.request, self.max_header_size);
        let parsed = parsed.map_err(|(e, at)| {
            // The failing byte, as an offset in this input.
            self.error_at = Some(pos + at.saturating_sub(before));
            e
        })?;
        let Some((head, used)) = parsed else {
            if take == room {
                self.error_at = Some(pos + take);
                return Err(error::HEADER_OVERFLOW);
            }
            return Ok(pos + take);
        };
        self.pending.clear();
        let pos = pos + (used - before);
        self.error_at = Some(pos);
        let framing = framing::of(&head, self.request, self.asked)?;
        self.error_at = None;
        let informational =
            !self.request && (100..200).contains(&head.status) && head.status != 101;
        out.push(Event::Head {
            head,
            upgrade: framing.upgrade,
            keep_alive: framing.keep_alive,
        });
        if let Some(e) = framing.body_error {
            self.error_at = Some(pos);
            return Err(e);
        }
        if framing.upgrade {
            out.push(Event::Complete(Vec::new()));
            out.push(Event::Upgrade { at: pos });
            self.state = State::Upgraded;
            return Ok(input.len());
        }
        match framing.body {
            Body::None | Body::Length(0) => {
                // A 1xx response is followed by the real one for the same request.
                let asked = self.asked;
                self.complete(Vec::new(), out);
                if informational {
                    self.asked = asked;
                }
            }
            Body::Length(n) => self.state = State::Length(n),
            Body::Chunked => self.state = State::ChunkSize,
            Body::UntilClose => self.state = State::UntilClose,
        }
        Ok(pos)
    }

    fn chunk_size(&mut self, rest: &[u8], pos: usize) -> Result<usize, ParseError> {
        let end = rest.iter().position(|&b| b == b'\n');
        let take = end.map_or(rest.len(), |i| i + 1);
        self.pending.extend_from_slice(&rest[..take]);
        if end.is_none() {
            if self.pending.len() > MAX_CHUNK_EXTENSIONS + CHUNK_LINE_SLACK {
                check_chunk_start(&self.pending)?;
                return Err(error::CHUNK_EXTENSIONS_OVERFLOW);
            }
            return Ok(pos + take);
        }
        let size = parse_chunk_line(&self.pending)?;
        self.pending.clear();
        self.state = if size == 0 {
            State::Trailers
        } else {
            State::ChunkData(size)
        };
        Ok(pos + take)
    }

    fn trailers(
        &mut self,
        rest: &[u8],
        pos: usize,
        out: &mut Vec<Event>,
    ) -> Result<usize, ParseError> {
        let before = self.pending.len();
        let room = (self.max_header_size + 4096).saturating_sub(before);
        let take = room.min(rest.len()).max(1);
        self.pending.extend_from_slice(&rest[..take]);
        if self.pending.starts_with(b"\r\n") {
            self.pending.clear();
            self.complete(Vec::new(), out);
            return Ok(pos + 2 - before);
        }
        let mut headers = vec![httparse::EMPTY_HEADER; 64];
        match httparse::parse_headers(&self.pending, &mut headers) {
            Ok(httparse::Status::Complete((used, fields))) => {
                let trailers = fields
                    .iter()
                    .map(|h| (h.name.as_bytes().to_vec(), h.value.to_vec()))
                    .collect();
                self.pending.clear();
                self.complete(trailers, out);
                Ok(pos + used - before)
            }
            Ok(httparse::Status::Partial) if take < room => Ok(pos + take),
            Ok(httparse::Status::Partial) | Err(httparse::Error::TooManyHeaders) => {
                Err(error::HEADER_OVERFLOW)
            }
            Err(httparse::Error::HeaderValue) => Err(error::INVALID_HEADER_VALUE),
            Err(_) => Err(error::INVALID_HEADER_TOKEN),
        }
    }

    fn complete(&mut self, trailers: Vec<(Vec<u8>, Vec<u8>)>, out: &mut Vec<Event>) {
        self.state = State::Head;
        self.asked = Asked::Other;
        out.push(Event::Complete(trailers));
    }
}

/// A long chunk-size line is refused for its size only if it starts like one.
fn check_chunk_start(line: &[u8]) -> Result<(), ParseError> {
    let digits = line.iter().take_while(|b| b.is_ascii_hexdigit()).count();
    match line.get(digits) {
        Some(b';') if digits > 0 => Ok(()),
        _ => Err(error::INVALID_CHUNK_SIZE),
    }
}

/// `1a;name=value\r\n` → 26: hex digits, then extensions (ignored) or the line end.
fn parse_chunk_line(line: &[u8]) -> Result<u64, ParseError> {
    let line = line.strip_suffix(b"\n").unwrap_or(line);
    let line = line.strip_suffix(b"\r").ok_or(error::LF_EXPECTED)?;
    let digits = line.iter().take_while(|b| b.is_ascii_hexdigit()).count();
    if digits == 0 {
        return Err(error::INVALID_CHUNK_SIZE);
    }
    match line.get(digits) {
        None => {}
        Some(b';') if line.len() - digits - 1 > MAX_CHUNK_EXTENSIONS => {
            return Err(error::CHUNK_EXTENSIONS_OVERFLOW)
        }
        Some(b';') => {}
        Some(b' ' | b'\t')
            if line[digits..]
                .trim_ascii_start()
                .first()
                .is_none_or(|&b| b == b';') => {}
        Some(_) => return Err(error::INVALID_CHUNK_SIZE),
    }
    line[..digits].iter().try_fold(0u64, |n, &d| {
        let v = (d as char).to_digit(16).unwrap_or(0);
        n.checked_mul(16)
            .and_then(|n| n.checked_add(u64::from(v)))
            .ok_or(error::CHUNK_SIZE_OVERFLOW)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(p: &mut Parser, input: &[u8]) -> Vec<String> {
        let mut out = Vec::new();
        let r = p.execute(input, &mut out);
        let mut seen: Vec<String> = out
            .iter()
            .map(|e| match e {
                Event::Head {
                    head,
                    upgrade,
                    keep_alive,
                } => format!(
                    "head {} {} {} {} ka={keep_alive} up={upgrade}",
                    head.method,
                    String::from_utf8_lossy(&head.url),
                    head.status,
                    head.headers.len()
                ),
                Event::Body(r) => format!("body {}", String::from_utf8_lossy(&input[r.clone()])),
                Event::Complete(t) => format!("complete {}", t.len()),
                Event::Upgrade { at } => format!("upgrade {at}"),
            })
            .collect();
        if let Err((e, at)) = r {
            seen.push(format!("error {} {at}", e.code));
        }
        seen
    }

    #[test]
    fn pipelined_requests_byte_by_byte() {
        let text = b"POST /a HTTP/1.1\r\nContent-Length: 3\r\n\r\nabcGET /b HTTP/1.0\r\n\r\n";
        let mut p = Parser::new(true, 16384);
        let mut seen = Vec::new();
        for b in text.chunks(1) {
            seen.extend(run(&mut p, b));
        }
        assert_eq!(
            seen,
            [
                "head POST /a 0 1 ka=true up=false",
                "body a",
                "body b",
                "body c",
                "complete 0",
                "head GET /b 0 0 ka=false up=false",
                "complete 0"
            ]
        );
    }

    #[test]
    fn chunked_response_with_extension_and_trailer() {
        let text = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3;x=y\r\nabc\r\n0\r\nX-T: 1\r\n\r\n";
        let mut p = Parser::new(false, 16384);
        assert_eq!(
            run(&mut p, text),
            ["head   200 1 ka=true up=false", "body abc", "complete 1"]
        );
    }

    #[test]
    fn errors_carry_node_codes() {
        let mut p = Parser::new(true, 16384);
        assert_eq!(
            run(&mut p, b"FOO / HTTP/1.1\r\n\r\n"),
            ["error HPE_INVALID_METHOD 1"]
        );
        let mut p = Parser::new(true, 100);
        let big = format!("GET / HTTP/1.1\r\nX: {}\r\n\r\n", "a".repeat(200));
        assert_eq!(
            run(&mut p, big.as_bytes()),
            ["error HPE_HEADER_OVERFLOW 223"]
        );
        let mut p = Parser::new(false, 16384);
        let bad = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n";
        assert_eq!(run(&mut p, bad)[1], "error HPE_INVALID_CHUNK_SIZE 47");
    }

    #[test]
    fn until_close_and_upgrade() {
        let mut p = Parser::new(false, 16384);
        assert_eq!(run(&mut p, b"HTTP/1.0 200 OK\r\n\r\nxy")[1], "body xy");
        let mut out = Vec::new();
        assert!(p.finish(&mut out).is_ok() && matches!(out[0], Event::Complete(_)));
        let mut p = Parser::new(true, 16384);
        let up = b"GET / HTTP/1.1\r\nConnection: Upgrade\r\nUpgrade: ws\r\n\r\nrest";
        assert_eq!(run(&mut p, up)[2], "upgrade 52");
    }
}
