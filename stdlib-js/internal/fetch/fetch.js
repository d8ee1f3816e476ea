'use strict';
// fetch() (WHATWG Fetch, as Node's undici answers it) over node:http and
// node:https: redirects per the request's `redirect` mode, an AbortSignal
// that ends the request and its body, gzip/deflate/brotli bodies decoded,
// keep-alive connections shared between calls. A failure of the network is
// `TypeError: fetch failed` with the error underneath as `cause`.

const { Request } = require('internal/fetch/request');
const { responseFromNetwork } = require('internal/fetch/response');
const { kBody } = require('internal/fetch/body');

const kRedirectStatus = [301, 302, 303, 307, 308];
const kMaxRedirects = 20;
const kNullBodyStatus = [101, 103, 204, 205, 304];

let agents = null;
// One keep-alive agent per scheme, made on the first fetch.
function agentFor(protocol) {
  if (agents === null) {
    agents = {
      'http:': new (require('http').Agent)({ keepAlive: true }),
      'https:': new (require('https').Agent)({ keepAlive: true }),
    };
  }
  return agents[protocol];
}

function fetchFailed(cause) {
  return new TypeError('fetch failed', { cause });
}

// The request's headers as Node's http takes them (a Headers list has one
// entry per name), with what undici adds when the caller did not say.
function outgoingHeaders(headers, hasBody, length) {
  const out = {};
  for (const [name, value] of headers) out[name] = value;
  const add = (name, value) => {
    if (!(name in out)) out[name] = value;
  };
  add('accept', '*/*');
  add('accept-language', '*');
  add('sec-fetch-mode', 'cors');
  add('user-agent', 'node');
  add('accept-encoding', 'gzip, deflate, br');
  if (hasBody && length !== null) add('content-length', String(length));
  return out;
}

// The response body as a byte stream, decoded per Content-Encoding.
function bodyStream(incoming) {
  const { Readable } = require('stream');
  const zlib = require('zlib');
  const coding = `${incoming.headers['content-encoding'] ?? ''}`.toLowerCase().trim();
  let source = incoming;
  const decoder = coding === 'gzip' || coding === 'x-gzip' ? zlib.createGunzip({ finishFlush: zlib.constants.Z_SYNC_FLUSH }) :
    coding === 'deflate' ? zlib.createInflate({ finishFlush: zlib.constants.Z_SYNC_FLUSH }) :
      coding === 'br' ? zlib.createBrotliDecompress() : null;
  if (decoder !== null) {
    source = require('stream').pipeline(incoming, decoder, () => {});
  }
  return Readable.toWeb(source);
}

// Sends one request; resolves with the IncomingMessage.
function send(url, method, headers, body, signal) {
  return new Promise((resolve, reject) => {
    const mod = url.protocol === 'https:' ? require('https') : require('http');
    const length = body === null ? null : body.length;
    const req = mod.request({
      protocol: url.protocol,
      hostname: url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname,
      port: url.port || undefined,
      path: `${url.pathname}${url.search}`,
      method,
      headers: outgoingHeaders(headers, body !== null, length),
      agent: agentFor(url.protocol),
    });
    let settled = false;
    const onAbort = () => {
      req.destroy(signal.reason);
      if (!settled) {
        settled = true;
        reject(signal.reason);
      }
    };
    signal.addEventListener('abort', onAbort, { once: true });
    req.on('response', (incoming) => {
      settled = true;
      incoming.once('close', () => signal.removeEventListener('abort', onAbort));
      resolve(incoming);
    });
    req.on('error', (err) => {
      signal.removeEventListener('abort', onAbort);
      if (settled) return;
      settled = true;
      reject(signal.aborted ? signal.reason : fetchFailed(err));
    });
    if (body === null) {
      req.end();
    } else if (body.source instanceof Uint8Array) {
      req.end(body.source);
    } else {
      pump(body.stream, req).catch((err) => req.destroy(err));
    }
  });
}

async function pump(stream, req) {
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (!req.write(value)) await new Promise((resolve) => req.once('drain', resolve));
  }
  req.end();
}

// A `data:` URL's bytes and type (undici answers them without a network).
function dataUrl(url) {
  const href = url.href;
  const comma = href.indexOf(',');
  if (comma === -1) throw fetchFailed(new Error('invalid data: URL'));
  let meta = href.slice(5, comma);
  let data = href.slice(comma + 1);
  const base64 = /;\s*base64\s*$/i.test(meta);
  if (base64) meta = meta.replace(/;\s*base64\s*$/i, '');
  const bytes = base64 ? Buffer.from(decodeURIComponent(data), 'base64') : Buffer.from(decodeURIComponent(data), 'latin1');
  data = null;
  const type = meta.trim() === '' ? 'text/plain;charset=US-ASCII' : meta.trim();
  return responseFromNetwork({
    status: 200, statusText: 'OK', headers: [['content-type', type]],
    body: new ReadableStream({ start(c) { c.enqueue(new Uint8Array(bytes)); c.close(); } }),
    url: href, redirected: false,
  });
}

// A plain function returning a promise, as Node's (not an async function).
function fetch(input, init = undefined) {
  return arguments.length === 0 ?
    Promise.reject(new TypeError("Failed to execute 'fetch' on 'Window': 1 argument required, but only 0 present.")) :
    fetchRequest(input, init);
}

async function fetchRequest(input, init) {
  const request = new Request(input, init);
  const { signal } = request;
  if (signal.aborted) throw signal.reason;
  let url = new URL(request.url);
  let method = request.method;
  let headers = [...request.headers];
  let body = request[kBody];
  let redirects = 0;
  for (;;) {
    if (url.protocol === 'data:') return dataUrl(url);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw fetchFailed(new Error(`unknown scheme: ${url.protocol.slice(0, -1)}`));
    }
    const incoming = await send(url, method, headers, body, signal);
    const status = incoming.statusCode;
    const location = incoming.headers.location;
    if (kRedirectStatus.includes(status) && location !== undefined && request.redirect !== 'manual') {
      incoming.resume();
      if (request.redirect === 'error') throw fetchFailed(new Error('unexpected redirect'));
      if (++redirects > kMaxRedirects) throw fetchFailed(new Error('redirect count exceeded'));
      let next;
      try {
        next = new URL(location, url);
      } catch (cause) {
        throw fetchFailed(cause);
      }
      if (body !== null && body.source === null && status !== 303) {
        throw fetchFailed(new Error('cannot follow a redirect with a streamed body'));
      }
      if ((status === 303 && method !== 'GET' && method !== 'HEAD') || ((status === 301 || status === 302) && method === 'POST')) {
        method = 'GET';
        body = null;
        headers = headers.filter(([name]) => !['content-type', 'content-length', 'content-encoding',
          'content-language', 'content-location'].includes(name));
      }
      if (next.origin !== url.origin) {
        headers = headers.filter(([name]) => !['authorization', 'cookie', 'proxy-authorization'].includes(name));
      }
      url = next;
      continue;
    }
    const pairs = [];
    for (let i = 0; i < incoming.rawHeaders.length; i += 2) pairs.push([incoming.rawHeaders[i], incoming.rawHeaders[i + 1]]);
    const noBody = method === 'HEAD' || kNullBodyStatus.includes(status);
    if (noBody) incoming.resume();
    const stream = noBody ? null : bodyStream(incoming);
    if (stream !== null) {
      signal.addEventListener('abort', () => incoming.destroy(signal.reason), { once: true });
    }
    const finalUrl = new URL(url.href);
    finalUrl.hash = '';
    return responseFromNetwork({
      status, statusText: incoming.statusMessage ?? '', headers: pairs, body: stream,
      url: finalUrl.href, redirected: redirects > 0,
    });
  }
}

module.exports = { fetch };
