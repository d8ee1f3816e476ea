//! A parse failure as Node's llhttp names it: `code` (`HPE_*`) and the
//! `reason` Node puts after "Parse Error: ".

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError {
    pub code: &'static str,
    pub reason: &'static str,
}

impl ParseError {
    pub const fn new(code: &'static str, reason: &'static str) -> Self {
        ParseError { code, reason }
    }
}

pub const INVALID_METHOD: ParseError =
    ParseError::new("HPE_INVALID_METHOD", "Invalid method encountered");
pub const HEADER_OVERFLOW: ParseError = ParseError::new("HPE_HEADER_OVERFLOW", "Header overflow");
pub const INVALID_HEADER_TOKEN: ParseError =
    ParseError::new("HPE_INVALID_HEADER_TOKEN", "Invalid header token");
pub const INVALID_HEADER_VALUE: ParseError =
    ParseError::new("HPE_INVALID_HEADER_TOKEN", "Invalid header value char");
pub const INVALID_VERSION: ParseError =
    ParseError::new("HPE_INVALID_VERSION", "Invalid HTTP version");
pub const INVALID_URL: ParseError = ParseError::new("HPE_INVALID_URL", "Invalid char in url path");
pub const INVALID_STATUS: ParseError = ParseError::new("HPE_INVALID_STATUS", "Invalid status code");
pub const LF_EXPECTED: ParseError =
    ParseError::new("HPE_LF_EXPECTED", "Missing expected LF after header value");
pub const INVALID_CHUNK_SIZE: ParseError =
    ParseError::new("HPE_INVALID_CHUNK_SIZE", "Invalid character in chunk size");
pub const CHUNK_SIZE_OVERFLOW: ParseError =
    ParseError::new("HPE_INVALID_CHUNK_SIZE", "Chunk size overflow");
pub const CHUNK_DATA_END: ParseError =
    ParseError::new("HPE_STRICT", "Expected LF after chunk data");
pub const INVALID_CONTENT_LENGTH: ParseError = ParseError::new(
    "HPE_INVALID_CONTENT_LENGTH",
    "Invalid character in Content-Length",
);
pub const DUPLICATE_CONTENT_LENGTH: ParseError =
    ParseError::new("HPE_UNEXPECTED_CONTENT_LENGTH", "Duplicate Content-Length");
/// Content-Length after Transfer-Encoding.
pub const CONTENT_LENGTH_WITH_CHUNKED: ParseError = ParseError::new(
    "HPE_UNEXPECTED_CONTENT_LENGTH",
    "Content-Length can't be present with Transfer-Encoding",
);
/// Transfer-Encoding after Content-Length.
pub const CHUNKED_WITH_CONTENT_LENGTH: ParseError = ParseError::new(
    "HPE_INVALID_TRANSFER_ENCODING",
    "Transfer-Encoding can't be present with Content-Length",
);
pub const INVALID_TRANSFER_ENCODING: ParseError = ParseError::new(
    "HPE_INVALID_TRANSFER_ENCODING",
    "Request has invalid `Transfer-Encoding`",
);
pub const INVALID_EOF_STATE: ParseError =
    ParseError::new("HPE_INVALID_EOF_STATE", "Invalid EOF state");
pub const INVALID_CONSTANT: ParseError =
    ParseError::new("HPE_INVALID_CONSTANT", "Expected HTTP/, RTSP/ or ICE/");
pub const CR_EXPECTED: ParseError =
    ParseError::new("HPE_CR_EXPECTED", "Missing expected CR after header value");
pub const CHUNK_EXTENSIONS_OVERFLOW: ParseError =
    ParseError::new("HPE_CHUNK_EXTENSIONS_OVERFLOW", "Chunk extensions overflow");
pub const TRANSFER_ENCODING_AFTER_CHUNKED: ParseError = ParseError::new(
    "HPE_INVALID_TRANSFER_ENCODING",
    "Invalid `Transfer-Encoding` header value",
);
