'use strict';
// What node:http's parts share (Node's _http_common): the status texts and
// methods, the token and header-character checks with their errors, and the
// header-size limit.

const errors = require('internal/errors');
const { makeNodeError } = errors;

errors.define('ERR_INVALID_HTTP_TOKEN', TypeError, (name, value) => `${name} must be a valid HTTP token ["${value}"]`);
errors.define('ERR_INVALID_CHAR', TypeError, (name, field) =>
  field === undefined ? `Invalid character in ${name}` : `Invalid character in ${name} ["${field}"]`);
errors.define('ERR_HTTP_INVALID_HEADER_VALUE', TypeError, (value, name) => `Invalid value "${value}" for header "${name}"`);
errors.define('ERR_HTTP_HEADERS_SENT', Error, (action) => `Cannot ${action} headers after they are sent to the client`);
errors.define('ERR_HTTP_INVALID_STATUS_CODE', RangeError, (code) => `Invalid status code: ${require('util').format('%s', code)}`);
errors.define('ERR_HTTP_TRAILER_INVALID', Error, 'Trailers are invalid with this transfer encoding');
errors.define('ERR_HTTP_BODY_NOT_ALLOWED', Error, 'Adding content for this request method or response status is not allowed.');
errors.define('ERR_HTTP_CONTENT_LENGTH_MISMATCH', Error, (actual, expected) =>
  `Response body's content-length of ${actual} byte(s) does not match the content-length of ${expected} byte(s) set in header`);
errors.define('ERR_HTTP_SOCKET_ASSIGNED', Error, 'ServerResponse has an already assigned socket');
errors.define('ERR_HTTP_SOCKET_ENCODING', Error, 'Changing the socket encoding is not allowed per RFC7230 Section 3.');
errors.define('ERR_UNESCAPED_CHARACTERS', TypeError, (what) => `${what} contains unescaped characters`);
errors.define('ERR_INVALID_PROTOCOL', TypeError, (protocol, expected) => `Protocol "${protocol}" not supported. Expected "${expected}"`);
errors.define('ERR_HTTP_REQUEST_TIMEOUT', Error, 'Request timeout');

const STATUS_CODES = {
  100: "Continue",
  101: "Switching Protocols",
  102: "Processing",
  103: "Early Hints",
  200: "OK",
  201: "Created",
  202: "Accepted",
  203: "Non-Authoritative Information",
  204: "No Content",
  205: "Reset Content",
  206: "Partial Content",
  207: "Multi-Status",
  208: "Already Reported",
  226: "IM Used",
  300: "Multiple Choices",
  301: "Moved Permanently",
  302: "Found",
  303: "See Other",
  304: "Not Modified",
  305: "Use Proxy",
  307: "Temporary Redirect",
  308: "Permanent Redirect",
  400: "Bad Request",
  401: "Unauthorized",
  402: "Payment Required",
  403: "Forbidden",
  404: "Not Found",
  405: "Method Not Allowed",
  406: "Not Acceptable",
  407: "Proxy Authentication Required",
  408: "Request Timeout",
  409: "Conflict",
  410: "Gone",
  411: "Length Required",
  412: "Precondition Failed",
  413: "Payload Too Large",
  414: "URI Too Long",
  415: "Unsupported Media Type",
  416: "Range Not Satisfiable",
  417: "Expectation Failed",
  418: "I'm a Teapot",
  421: "Misdirected Request",
  422: "Unprocessable Entity",
  423: "Locked",
  424: "Failed Dependency",
  425: "Too Early",
  426: "Upgrade Required",
  428: "Precondition Required",
  429: "Too Many Requests",
  431: "Request Header Fields Too Large",
  451: "Unavailable For Legal Reasons",
  500: "Internal Server Error",
  501: "Not Implemented",
  502: "Bad Gateway",
  503: "Service Unavailable",
  504: "Gateway Timeout",
  505: "HTTP Version Not Supported",
  506: "Variant Also Negotiates",
  507: "Insufficient Storage",
  508: "Loop Detected",
  509: "Bandwidth Limit Exceeded",
  510: "Not Extended",
  511: "Network Authentication Required"
};;

const METHODS = ['ACL', 'BIND', 'CHECKOUT', 'CONNECT', 'COPY', 'DELETE', 'GET', 'HEAD', 'LINK', 'LOCK', 'M-SEARCH', 'MERGE', 'MKACTIVITY', 'MKCALENDAR', 'MKCOL', 'MOVE', 'NOTIFY', 'OPTIONS', 'PATCH', 'POST', 'PROPFIND', 'PROPPATCH', 'PURGE', 'PUT', 'QUERY', 'REBIND', 'REPORT', 'SEARCH', 'SOURCE', 'SUBSCRIBE', 'TRACE', 'UNBIND', 'UNLINK', 'UNLOCK', 'UNSUBSCRIBE'];

const tokenRegExp = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;
/// Whether `value` is an RFC 9110 token (a method or header name).
function checkIsHttpToken(value) {
  return typeof value === 'string' && tokenRegExp.test(value);
}

const headerCharRegex = /[^\t\x20-\x7e\x80-\xff]/;
/// Whether a header value holds a character HTTP cannot carry (a control
/// character or one above \xff).
function checkInvalidHeaderChar(value) {
  return headerCharRegex.test(value);
}

function validateHeaderName(name, label = 'Header name') {
  if (typeof name !== 'string' || !name || !checkIsHttpToken(name)) {
    throw makeNodeError('ERR_INVALID_HTTP_TOKEN', label, name);
  }
}

function validateHeaderValue(name, value) {
  if (value === undefined) throw makeNodeError('ERR_HTTP_INVALID_HEADER_VALUE', value, name);
  if (checkInvalidHeaderChar(String(value))) throw makeNodeError('ERR_INVALID_CHAR', 'header content', name);
}

/// `--max-http-header-size` (Node's default: 16 KiB).
function maxHeaderSize() {
  const argv = (typeof process === 'object' && process.execArgv) || [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    let value;
    if (arg.startsWith('--max-http-header-size=')) value = arg.slice('--max-http-header-size='.length);
    else if (arg === '--max-http-header-size') value = argv[i + 1];
    if (value !== undefined && /^\d+$/.test(value)) return Number(value);
  }
  return 16 * 1024;
}

const chunkExpression = /(?:^|\W)chunked(?:$|\W)/i;
const continueExpression = /(?:^|\W)100-continue(?:$|\W)/i;

module.exports = {
  STATUS_CODES,
  METHODS,
  checkIsHttpToken,
  checkInvalidHeaderChar,
  validateHeaderName,
  validateHeaderValue,
  maxHeaderSize,
  chunkExpression,
  continueExpression,
  CRLF: '\r\n',
};
