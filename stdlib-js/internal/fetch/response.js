'use strict';
// Response (WHATWG Fetch §5.5), with Response.error, Response.json and
// Response.redirect; the body is the Body mixin of body.js.

const { Headers, headersWithGuard, setGuard } = require('internal/fetch/headers');
const { kBody, extractBody, installBodyMixin, cloneBody, bodyUsed } = require('internal/fetch/body');
const { customInspect } = require('internal/webstreams/util');

const kState = Symbol('kResponseState');
const kCreate = Symbol('kCreate');
const nullBodyStatus = [101, 103, 204, 205, 304];
const redirectStatus = [301, 302, 303, 307, 308];

function isResponse(value) {
  return value !== null && typeof value === 'object' && kState in value;
}

function checkThis(self) {
  if (!isResponse(self)) throw new TypeError('Illegal invocation');
}

/// Sets status, statusText and headers from `init` and the body (the spec's "initialize a response").
function initialize(response, init, body) {
  if (init === null || (typeof init !== 'object' && typeof init !== 'function')) {
    if (init !== undefined) throw new TypeError("Response constructor: Expected init to be a dictionary.");
    init = {};
  }
  const status = init.status === undefined ? 200 : Number(init.status);
  if (!Number.isInteger(status) || status < 200 || status > 599) {
    throw new RangeError('init["status"] must be in the range of 200 to 599, inclusive.');
  }
  const statusText = init.statusText === undefined ? '' : `${init.statusText}`;
  if (!/^[\t\x20-\x7e\x80-\xff]*$/.test(statusText)) throw new TypeError('Invalid statusText');
  const state = response[kState];
  state.status = status;
  state.statusText = statusText;
  if (init.headers !== undefined) state.headers = headersWithGuard(init.headers, 'response');
  if (body !== null) {
    if (nullBodyStatus.includes(status)) {
      throw new TypeError(`Response constructor: Invalid response status code ${status}`);
    }
    response[kBody] = body;
    if (body.type !== null && !state.headers.has('content-type')) state.headers.append('content-type', body.type);
  }
}

class Response {
  constructor(body = null, init = undefined) {
    Object.defineProperty(this, kState, {
      value: {
        type: 'default', url: '', redirected: false, status: 200, statusText: '',
        headers: headersWithGuard(undefined, 'response'),
      },
    });
    Object.defineProperty(this, kBody, { value: null, writable: true });
    if (body === kCreate) return;
    initialize(this, init, body === null || body === undefined ? null : extractBody(body));
  }

  static error() {
    const response = new Response(kCreate);
    Object.assign(response[kState], { type: 'error', status: 0 });
    setGuard(response[kState].headers, 'immutable');
    return response;
  }

  static json(data, init = undefined) {
    const text = JSON.stringify(data);
    if (text === undefined) throw new TypeError('Value is not JSON serializable');
    const body = extractBody(text);
    body.type = 'application/json';
    const response = new Response(kCreate);
    initialize(response, init, body);
    return response;
  }

  static redirect(url, status = 302) {
    let parsed;
    try {
      parsed = new URL(`${url}`);
    } catch (cause) {
      throw new TypeError(`Failed to parse URL from ${url}`, { cause });
    }
    status = Number(status);
    if (!redirectStatus.includes(status)) throw new RangeError(`Invalid status code ${status}`);
    const response = new Response(kCreate);
    response[kState].status = status;
    response[kState].headers.set('location', parsed.href);
    setGuard(response[kState].headers, 'immutable');
    return response;
  }

  get type() { checkThis(this); return this[kState].type; }

  get url() { checkThis(this); return this[kState].url; }

  get redirected() { checkThis(this); return this[kState].redirected; }

  get status() { checkThis(this); return this[kState].status; }

  get ok() { checkThis(this); return this[kState].status >= 200 && this[kState].status <= 299; }

  get statusText() { checkThis(this); return this[kState].statusText; }

  get headers() { checkThis(this); return this[kState].headers; }

  clone() {
    checkThis(this);
    if (bodyUsed(this) || (this[kBody] !== null && this[kBody].stream.locked)) {
      throw new TypeError('Response.clone: Body has already been consumed.');
    }
    const clone = new Response(kCreate);
    Object.assign(clone[kState], this[kState], { headers: new Headers(this[kState].headers) });
    clone[kBody] = cloneBody(this);
    return clone;
  }

  [customInspect](depth, options, inspect) {
    const shown = {
      status: this.status, statusText: this.statusText, headers: this.headers, body: this.body,
      bodyUsed: this.bodyUsed, ok: this.ok, redirected: this.redirected, type: this.type, url: this.url,
    };
    options.depth ??= depth;
    return `Response ${inspect(shown, options)}`;
  }
}

installBodyMixin(Response, isResponse);
Object.defineProperty(Response.prototype, Symbol.toStringTag, { value: 'Response', configurable: true });
for (const name of ['type', 'url', 'redirected', 'status', 'ok', 'statusText', 'headers', 'clone']) {
  Object.defineProperty(Response.prototype, name, { enumerable: true });
}

/// A Response as fetch() makes it from what the network answered:
/// `{ status, statusText, headers: [[name, value], ...], body: ReadableStream
/// or null, url, redirected }`; its headers are immutable.
function responseFromNetwork({ status, statusText, headers, body, url, redirected }) {
  const response = new Response(kCreate);
  const state = response[kState];
  Object.assign(state, { type: 'basic', status, statusText, url, redirected });
  for (const [name, value] of headers) state.headers.append(name, value);
  setGuard(state.headers, 'immutable');
  if (body !== null) response[kBody] = { stream: body, source: null, length: null, type: null };
  return response;
}

module.exports = { Response, isResponse, responseFromNetwork };
