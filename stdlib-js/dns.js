'use strict';
// node:dns. `lookup` and `lookupService` ask the system resolver (as
// Node's do, through getaddrinfo/getnameinfo on the pool: runtime/ops/dns.rs).
// The `resolve*` family sends DNS queries of its own in Node (c-ares); sous
// has no DNS client, so those report ENOTIMP rather than pretend.

const binding = internalBinding('dns');
const { isIP } = require('internal/net/ip');
const { makeNodeError, dnsException, validatePort, missingOneOf } = require('internal/net/errors');
const { validateFunction, validateBoolean } = require('internal/events/validate');

const ADDRCONFIG = 32;
const V4MAPPED = 8;
const ALL = 16;

const codes = {
  NODATA: 'ENODATA', FORMERR: 'EFORMERR', SERVFAIL: 'ESERVFAIL', NOTFOUND: 'ENOTFOUND',
  NOTIMP: 'ENOTIMP', REFUSED: 'EREFUSED', BADQUERY: 'EBADQUERY', BADNAME: 'EBADNAME',
  BADFAMILY: 'EBADFAMILY', BADRESP: 'EBADRESP', CONNREFUSED: 'ECONNREFUSED', TIMEOUT: 'ETIMEOUT',
  EOF: 'EOF', FILE: 'EFILE', NOMEM: 'ENOMEM', DESTRUCTION: 'EDESTRUCTION', BADSTR: 'EBADSTR',
  BADFLAGS: 'EBADFLAGS', NONAME: 'ENONAME', BADHINTS: 'EBADHINTS', NOTINITIALIZED: 'ENOTINITIALIZED',
  LOADIPHLPAPI: 'ELOADIPHLPAPI', ADDRGETNETWORKPARAMS: 'EADDRGETNETWORKPARAMS', CANCELLED: 'ECANCELLED',
};

// --dns-result-order (checked by the command line) sets the first value.
let defaultOrder = internalBinding('process').options.dnsResultOrder ?? 'verbatim';

function validateOneOf(value, name, oneOf) {
  if (!oneOf.includes(value)) {
    const allowed = oneOf.map((v) => (typeof v === 'string' ? `'${v}'` : String(v))).join(', ');
    throw makeNodeError('ERR_INVALID_ARG_VALUE', name, value, `must be one of: ${allowed}`);
  }
}

function validateString(value, name) {
  if (typeof value !== 'string') throw makeNodeError('ERR_INVALID_ARG_TYPE', name, 'string', value);
}

function validateHints(hints) {
  if ((hints & ~(ADDRCONFIG | ALL | V4MAPPED)) !== 0) {
    throw makeNodeError('ERR_INVALID_ARG_VALUE', 'hints', hints);
  }
}

let warnedInvalidHostname = false;
function emitInvalidHostnameWarning(hostname) {
  if (warnedInvalidHostname) return;
  warnedInvalidHostname = true;
  process.emitWarning(`The provided hostname "${hostname}" is not a valid hostname, and is supported in the dns ` +
    'module solely for compatibility.', 'DeprecationWarning', 'DEP0118');
}

// The options of lookup() as { family, hints, all, order }, validated as Node does.
function lookupOptions(options, callback, argc) {
  const out = { family: 0, hints: 0, all: false, order: defaultOrder };
  if (typeof options === 'function') return out;
  if (typeof options === 'number') {
    validateFunction(callback, 'callback');
    validateOneOf(options, 'family', [0, 4, 6]);
    out.family = options;
    return out;
  }
  if (options !== undefined && typeof options !== 'object') {
    validateFunction(argc === 2 ? options : callback, 'callback');
    throw makeNodeError('ERR_INVALID_ARG_TYPE', 'options', ['integer', 'object'], options);
  }
  validateFunction(callback, 'callback');
  if (options?.hints != null) {
    if (typeof options.hints !== 'number') throw makeNodeError('ERR_INVALID_ARG_TYPE', 'options.hints', 'number', options.hints);
    out.hints = options.hints >>> 0;
    validateHints(out.hints);
  }
  if (options?.family != null) {
    if (options.family === 'IPv4') out.family = 4;
    else if (options.family === 'IPv6') out.family = 6;
    else {
      validateOneOf(options.family, 'options.family', [0, 4, 6]);
      out.family = options.family;
    }
  }
  if (options?.all != null) {
    validateBoolean(options.all, 'options.all');
    out.all = options.all;
  }
  if (options?.verbatim != null) {
    validateBoolean(options.verbatim, 'options.verbatim');
    out.order = options.verbatim ? 'verbatim' : 'ipv4first';
  }
  if (options?.order != null) {
    validateOneOf(options.order, 'options.order', ['ipv4first', 'ipv6first', 'verbatim']);
    out.order = options.order;
  }
  return out;
}

function ordered(list, order) {
  if (order === 'verbatim') return list;
  const first = order === 'ipv4first' ? 4 : 6;
  return [...list.filter(([, f]) => f === first), ...list.filter(([, f]) => f !== first)];
}

function lookup(hostname, options, callback) {
  if (hostname) validateString(hostname, 'hostname');
  if (typeof options === 'function') callback = options;
  const { family, hints, all, order } = lookupOptions(options, callback, arguments.length);
  if (!hostname) {
    emitInvalidHostnameWarning(hostname);
    if (all) process.nextTick(callback, null, []);
    else process.nextTick(callback, null, null, family === 6 ? 6 : 4);
    return {};
  }
  const matched = isIP(hostname);
  if (matched) {
    if (all) process.nextTick(callback, null, [{ address: hostname, family: matched }]);
    else process.nextTick(callback, null, hostname, matched);
    return {};
  }
  const req = { hostname, family, oncomplete: null };
  binding.getaddrinfo(hostname, family, hints, (errno, list) => {
    if (errno !== 0) {
      callback(dnsException(errno, 'getaddrinfo', hostname));
      return;
    }
    const addresses = ordered(list, order);
    if (all) {
      callback(null, addresses.map(([address, f]) => ({ address, family: f })));
    } else if (addresses.length === 0) {
      callback(dnsException(-3008, 'getaddrinfo', hostname));
    } else {
      callback(null, addresses[0][0], addresses[0][1]);
    }
  });
  return req;
}

Object.defineProperty(lookup, require('util').promisify.custom, {
  enumerable: false,
  configurable: true,
  get() { return require('dns/promises').lookup; },
});

function lookupService(address, port, callback) {
  if (arguments.length !== 3) {
    throw makeNodeError('ERR_MISSING_ARGS', 'address', 'port', 'callback');
  }
  validateString(address, 'address');
  validatePort(port);
  validateFunction(callback, 'callback');
  if (isIP(address) === 0) throw makeNodeError('ERR_INVALID_ARG_VALUE', 'address', address);
  binding.getnameinfo(address, +port, (errno, hostname, service) => {
    if (errno !== 0) callback(dnsException(errno, 'getnameinfo', address));
    else callback(null, hostname, service);
  });
  return {};
}

Object.defineProperty(lookupService, require('util').promisify.custom, {
  enumerable: false,
  configurable: true,
  get() { return require('dns/promises').lookupService; },
});

// The name servers in /etc/resolv.conf (what c-ares would use).
let servers = null;
function getServers() {
  if (servers === null) {
    servers = [];
    try {
      const text = require('fs').readFileSync('/etc/resolv.conf', 'latin1');
      for (const line of text.split('\n')) {
        const m = /^\s*nameserver\s+(\S+)/.exec(line);
        if (m && isIP(m[1])) servers.push(m[1]);
      }
    } catch {
      // No resolv.conf: no servers, as c-ares reports.
    }
  }
  return [...servers];
}

function setServers(list) {
  if (!Array.isArray(list)) throw makeNodeError('ERR_INVALID_ARG_TYPE', 'servers', 'Array', list);
  const next = [];
  for (let i = 0; i < list.length; i++) {
    const serv = list[i];
    validateString(serv, `servers[${i}]`);
    let host = serv;
    const bracket = /^\[([^\]]+)\](?::\d+)?$/.exec(serv);
    if (bracket) host = bracket[1];
    else if (isIP(serv) === 0) host = serv.replace(/:\d+$/, '');
    if (isIP(host) === 0) throw makeNodeError('ERR_INVALID_IP_ADDRESS', serv);
    next.push(serv);
  }
  servers = next;
}

function getDefaultResultOrder() {
  return defaultOrder;
}

function setDefaultResultOrder(order) {
  validateOneOf(order, 'dnsOrder', ['verbatim', 'ipv4first', 'ipv6first']);
  defaultOrder = order;
}

// Each resolve* answers ENOTIMP: sous sends no DNS queries of its own.
const kQueries = {
  resolve4: 'queryA', resolve6: 'queryAaaa', resolveAny: 'queryAny', resolveCaa: 'queryCaa',
  resolveCname: 'queryCname', resolveMx: 'queryMx', resolveNaptr: 'queryNaptr', resolveNs: 'queryNs',
  resolvePtr: 'queryPtr', resolveSoa: 'querySoa', resolveSrv: 'querySrv', resolveTlsa: 'queryTlsa',
  resolveTxt: 'queryTxt', reverse: 'getHostByAddr',
};

function notImplemented(syscall, name) {
  const err = new Error(`${syscall} ENOTIMP ${name}`);
  err.errno = undefined;
  err.code = 'ENOTIMP';
  err.syscall = syscall;
  err.hostname = name;
  return err;
}

class Resolver {
  constructor(options = undefined) {
    this._timeout = options?.timeout ?? -1;
    this._servers = null;
  }

  cancel() {}
  getServers() { return this._servers ? [...this._servers] : getServers(); }
  setServers(list) {
    const saved = servers;
    setServers(list);
    this._servers = servers;
    servers = saved;
  }

  setLocalAddress() {}

  resolve(hostname, rrtype, callback) {
    if (typeof rrtype === 'function') {
      callback = rrtype;
      rrtype = 'A';
    }
    const method = rrtype === 'A' ? 'resolve4' : rrtype === 'AAAA' ? 'resolve6' : `resolve${rrtype[0]}${rrtype.slice(1).toLowerCase()}`;
    if (!kQueries[method]) throw makeNodeError('ERR_INVALID_ARG_VALUE', 'rrtype', rrtype);
    return this[method](hostname, callback);
  }
}

for (const [method, syscall] of Object.entries(kQueries)) {
  Resolver.prototype[method] = function(name, options, callback) {
    validateString(name, 'name');
    if (typeof options === 'function') callback = options;
    validateFunction(callback, 'callback');
    process.nextTick(callback, notImplemented(syscall, name));
    return {};
  };
}

const defaultResolver = new Resolver();
const resolverMethods = {};
for (const method of [...Object.keys(kQueries), 'resolve']) {
  resolverMethods[method] = (...args) => defaultResolver[method](...args);
}

module.exports = {
  lookup,
  lookupService,
  Resolver,
  getDefaultResultOrder,
  setDefaultResultOrder,
  setServers,
  getServers,
  ...resolverMethods,
  ADDRCONFIG,
  V4MAPPED,
  ALL,
  ...codes,
};

Object.defineProperty(module.exports, 'promises', {
  enumerable: true,
  configurable: true,
  get() { return require('dns/promises'); },
});
