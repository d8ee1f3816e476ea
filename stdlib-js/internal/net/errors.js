'use strict';
// The errors of node:net and node:dns, worded as Node's: the codes it
// defines, and the system errors that carry an address and a port.

const errors = require('internal/errors');
const { makeNodeError, define, determineSpecificType } = errors;

define('ERR_SOCKET_BAD_PORT', RangeError, (name, port, allowZero = true) =>
  `${name} should be ${allowZero ? '>=' : '>'} 0 and < 65536. Received ${determineSpecificType(port)}.`);
define('ERR_SOCKET_CLOSED', Error, () => 'Socket is closed');
define('ERR_SOCKET_CLOSED_BEFORE_CONNECTION', Error, () => 'Socket closed before the connection was established');
define('ERR_SOCKET_CONNECTION_TIMEOUT', Error, () => 'Socket connection timeout');
define('ERR_SERVER_ALREADY_LISTEN', Error, () => 'Listen method has been called more than once without closing.');
define('ERR_SERVER_NOT_RUNNING', Error, () => 'Server is not running.');
define('ERR_INVALID_IP_ADDRESS', TypeError, (ip) => `Invalid IP address: ${ip}`);
define('ERR_INVALID_ADDRESS_FAMILY', RangeError, (family, host, port) =>
  `Invalid address family: ${family} ${host}:${port}`);
define('ERR_IP_BLOCKED', Error, (ip) => `IP(${ip}) is blocked by net.BlockList`);
define('ERR_INVALID_FD_TYPE', TypeError, (type) => `Unsupported fd type: ${type}`);
define('ERR_MISSING_OPTION', TypeError, (option) => `${option} is required`);
define('ERR_INVALID_ADDRESS', TypeError, (address) => `Invalid address: ${address}`);

// `The "options" or "port" or "path" argument must be specified` (Node's
// ERR_MISSING_ARGS with alternatives).
function missingOneOf(...names) {
  return errors.nodeErrorWithMessage('ERR_MISSING_ARGS', TypeError,
    `The ${names.map((n) => `"${n}"`).join(' or ')} argument must be specified`);
}

function systemErrorName(errno) {
  return require('util').getSystemErrorName(errno);
}

// ` 127.0.0.1:80` (or ` /path`): where a socket error happened.
function hostPortDetails(address, port) {
  if (port && port > 0) return ` ${address}:${port}`;
  return address ? ` ${address}` : '';
}

// The error's properties, in Node's order after `code`/`errno`.
function withHostPort(ex, syscall, address, port) {
  ex.syscall = syscall;
  ex.address = address;
  if (port) ex.port = port;
  return ex;
}

// `connect ECONNREFUSED 127.0.0.1:80`, with errno, code, syscall, address, port.
function exceptionWithHostPort(errno, syscall, address, port, additional) {
  const code = systemErrorName(errno);
  let details = hostPortDetails(address, port);
  if (additional) details += ` - Local (${additional})`;
  const ex = new Error(`${syscall} ${code}${details}`);
  ex.errno = errno;
  ex.code = code;
  return withHostPort(ex, syscall, address, port);
}

// `listen EADDRINUSE: address already in use :::3000`: libuv's wording,
// with the description.
function uvExceptionWithHostPort(errno, syscall, address, port) {
  const map = require('util').getSystemErrorMap();
  const [code, description] = map.get(errno) ?? [`Unknown system error ${errno}`, `Unknown system error ${errno}`];
  const ex = new Error(`${syscall} ${code}: ${description}${hostPortDetails(address, port)}`);
  ex.code = code;
  ex.errno = errno;
  return withHostPort(ex, syscall, address, port);
}

// `read ECONNRESET`.
function errnoException(errno, syscall, original) {
  return require('util')._errnoException(errno, syscall, original);
}

// libuv's getaddrinfo errors, for dns.
const kEai = new Map([
  [-3000, 'EAI_ADDRFAMILY'], [-3001, 'EAI_AGAIN'], [-3002, 'EAI_BADFLAGS'], [-3003, 'EAI_CANCELED'],
  [-3004, 'EAI_FAIL'], [-3005, 'EAI_FAMILY'], [-3006, 'EAI_MEMORY'], [-3007, 'EAI_NODATA'],
  [-3008, 'EAI_NONAME'], [-3009, 'EAI_OVERFLOW'], [-3010, 'EAI_SERVICE'], [-3011, 'EAI_SOCKTYPE'],
]);

// `getaddrinfo ENOTFOUND example.invalid`: no data and no such name are
// both ENOTFOUND, as in Node.
function dnsException(errno, syscall, hostname) {
  let code = kEai.get(errno) ?? systemErrorName(errno);
  if (code === 'EAI_NODATA' || code === 'EAI_NONAME') code = 'ENOTFOUND';
  const ex = new Error(`${syscall} ${code}${hostname ? ` ${hostname}` : ''}`);
  ex.errno = errno;
  ex.code = code;
  ex.syscall = syscall;
  if (hostname) ex.hostname = hostname;
  return ex;
}

// ERR_INVALID_ADDRESS_FAMILY carries the host and port it was for.
function invalidAddressFamily(family, host, port) {
  const err = makeNodeError('ERR_INVALID_ADDRESS_FAMILY', family, host, port);
  err.host = host;
  err.port = port;
  return err;
}

function validatePort(port, name = 'Port', allowZero = true) {
  if ((typeof port !== 'number' && typeof port !== 'string') ||
      (typeof port === 'string' && port.trim().length === 0) ||
      +port !== (+port >>> 0) || port > 0xFFFF || (port === 0 && !allowZero)) {
    throw makeNodeError('ERR_SOCKET_BAD_PORT', name, port, allowZero);
  }
  return port | 0;
}

module.exports = {
  makeNodeError,
  missingOneOf,
  exceptionWithHostPort,
  uvExceptionWithHostPort,
  errnoException,
  dnsException,
  validatePort,
  invalidAddressFamily,
};
