'use strict';
// Request (WHATWG Fetch §5.4): a URL, a method, headers, a body and the
// options a fetch honours; the body is the Body mixin of body.js.

const { Headers, headersWithGuard } = require('internal/fetch/headers');
const { kBody, extractBody, installBodyMixin, cloneBody, bodyUsed } = require('internal/fetch/body');
const { customInspect } = require('internal/webstreams/util');

const kState = Symbol('kRequestState');
const normalizedMethods = ['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT'];
const forbiddenMethods = ['CONNECT', 'TRACE', 'TRACK'];
const tokenRe = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
// The options a Request keeps, with their defaults and allowed values.
const enums = {
  referrerPolicy: ['', ['', 'no-referrer', 'no-referrer-when-downgrade', 'same-origin', 'origin', 'strict-origin',
    'origin-when-cross-origin', 'strict-origin-when-cross-origin', 'unsafe-url']],
  mode: ['cors', ['navigate', 'same-origin', 'no-cors', 'cors']],
  credentials: ['same-origin', ['omit', 'same-origin', 'include']],
  cache: ['default', ['default', 'no-store', 'reload', 'no-cache', 'force-cache', 'only-if-cached']],
  redirect: ['follow', ['follow', 'manual', 'error']],
};

function isRequest(value) {
  return value !== null && typeof value === 'object' && kState in value;
}

function checkThis(self) {
  if (!isRequest(self)) throw new TypeError('Illegal invocation');
}

function parseUrl(input) {
  let url;
  try {
    url = new URL(`${input}`);
  } catch (cause) {
    throw new TypeError(`Failed to parse URL from ${input}`, { cause });
  }
  if (url.username || url.password) {
    throw new TypeError(`Request cannot be constructed from a URL that includes credentials: ${input}`);
  }
  return url;
}

function normalizeMethod(method) {
  method = `${method}`;
  if (!tokenRe.test(method)) throw new TypeError(`'${method}' is not a valid HTTP method.`);
  const upper = method.toUpperCase();
  if (forbiddenMethods.includes(upper)) throw new TypeError(`'${method}' HTTP method is unsupported.`);
  return normalizedMethods.includes(upper) ? upper : method;
}

let warnedPatch = false;
function warnPatch() {
  if (warnedPatch) return;
  warnedPatch = true;
  process.emitWarning('Using `patch` is highly likely to result in a `405 Method Not Allowed`. ' +
    '`PATCH` is much more likely to succeed.', { code: 'UNDICI-FETCH-patch' });
}

class Request {
  constructor(input, init = undefined) {
    if (arguments.length === 0) throw new TypeError('Request constructor: 1 argument required, but only 0 present.');
    if (init === null || (init !== undefined && typeof init !== 'object' && typeof init !== 'function')) {
      throw new TypeError("Request constructor: Expected init to be a dictionary.");
    }
    init = init || {};
    const from = isRequest(input) ? input : null;
    const state = from ? { ...from[kState] } : {
      url: parseUrl(input).href, method: 'GET', destination: '', referrer: 'about:client', integrity: '',
      keepalive: false, isReloadNavigation: false, isHistoryNavigation: false, duplex: 'half',
    };
    if (!from) for (const [name, [value]] of Object.entries(enums)) state[name] = value;
    for (const [name, [, allowed]] of Object.entries(enums)) {
      if (init[name] === undefined) continue;
      const value = `${init[name]}`;
      // Node words this error with an `undefined` where the context should be.
      if (!allowed.includes(value)) {
        throw new TypeError(`undefined: ${value} is not an accepted type. Expected one of ${allowed.join(', ')}.`);
      }
      if (name === 'mode' && value === 'navigate') throw new TypeError('Request constructor: invalid request mode navigate.');
      state[name] = value;
    }
    if (init.integrity !== undefined) state.integrity = `${init.integrity}`;
    if (init.keepalive !== undefined) state.keepalive = !!init.keepalive;
    if (init.method !== undefined) {
      state.method = normalizeMethod(init.method);
      if (state.method === 'patch') warnPatch();
    }
    if (init.referrer !== undefined) state.referrer = init.referrer === '' ? '' : parseUrl(init.referrer).href;
    // The request's own signal follows the given one (or the input request's).
    const signal = init.signal !== undefined ? init.signal : from ? from.signal : undefined;
    if (signal !== undefined && signal !== null && !(signal instanceof AbortSignal)) {
      throw new TypeError("Request constructor: Expected signal (\"" + `${signal}` + "\") to be an instance of AbortSignal.");
    }
    const controller = new AbortController();
    if (signal) {
      if (signal.aborted) controller.abort(signal.reason);
      else signal.addEventListener('abort', () => controller.abort(signal.reason), { once: true });
    }
    state.signal = controller.signal;
    state.headers = headersWithGuard(init.headers !== undefined ? init.headers : from ? from[kState].headers : undefined,
      'request');
    Object.defineProperty(this, kState, { value: state });
    const hasInitBody = init.body !== undefined && init.body !== null;
    if ((hasInitBody || (from && from[kBody] !== null)) && (state.method === 'GET' || state.method === 'HEAD')) {
      throw new TypeError('Request with GET/HEAD method cannot have body.');
    }
    let body = from ? from[kBody] : null;
    if (hasInitBody) {
      body = extractBody(init.body);
      if (body.type !== null && !state.headers.has('content-type')) state.headers.append('content-type', body.type);
      if (body.source === null && init.duplex === undefined) {
        throw new TypeError('RequestInit: duplex option is required when sending a body.');
      }
    }
    if (from && !hasInitBody && from[kBody] !== null) {
      if (bodyUsed(from) || from[kBody].stream.locked) {
        throw new TypeError('Cannot construct a Request with a Request object that has already been used.');
      }
    }
    Object.defineProperty(this, kBody, { value: body, writable: true });
  }

  get method() { checkThis(this); return this[kState].method; }

  get url() { checkThis(this); return this[kState].url; }

  get headers() { checkThis(this); return this[kState].headers; }

  get destination() { checkThis(this); return this[kState].destination; }

  get referrer() { checkThis(this); return this[kState].referrer; }

  get referrerPolicy() { checkThis(this); return this[kState].referrerPolicy; }

  get mode() { checkThis(this); return this[kState].mode; }

  get credentials() { checkThis(this); return this[kState].credentials; }

  get cache() { checkThis(this); return this[kState].cache; }

  get redirect() { checkThis(this); return this[kState].redirect; }

  get integrity() { checkThis(this); return this[kState].integrity; }

  get keepalive() { checkThis(this); return this[kState].keepalive; }

  get isReloadNavigation() { checkThis(this); return this[kState].isReloadNavigation; }

  get isHistoryNavigation() { checkThis(this); return this[kState].isHistoryNavigation; }

  get signal() { checkThis(this); return this[kState].signal; }

  get duplex() { checkThis(this); return this[kState].duplex; }

  clone() {
    checkThis(this);
    if (bodyUsed(this) || (this[kBody] !== null && this[kBody].stream.locked)) {
      throw new TypeError('Request.clone: Body has already been consumed.');
    }
    const clone = new Request(this, { body: null });
    clone[kState].headers = new Headers(this.headers);
    clone[kBody] = cloneBody(this);
    return clone;
  }

  [customInspect](depth, options, inspect) {
    const shown = {};
    for (const name of ['method', 'url', 'headers', 'destination', 'referrer', 'referrerPolicy', 'mode', 'credentials',
      'cache', 'redirect', 'integrity', 'keepalive', 'isReloadNavigation', 'isHistoryNavigation', 'signal']) {
      shown[name] = this[name];
    }
    options.depth ??= depth;
    return `Request ${inspect(shown, options)}`;
  }
}

installBodyMixin(Request, isRequest);
Object.defineProperty(Request.prototype, Symbol.toStringTag, { value: 'Request', configurable: true });
for (const name of ['method', 'url', 'headers', 'destination', 'referrer', 'referrerPolicy', 'mode', 'credentials',
  'cache', 'redirect', 'integrity', 'keepalive', 'isReloadNavigation', 'isHistoryNavigation', 'signal', 'duplex',
  'clone']) {
  Object.defineProperty(Request.prototype, name, { enumerable: true });
}

module.exports = { Request, isRequest };
