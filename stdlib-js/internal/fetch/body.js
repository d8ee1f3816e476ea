'use strict';
// The Body of a Request or Response (WHATWG Fetch §5.1 and §6.2): extracting
// a body and its Content-Type from what a user passes, and the mixin that
// reads it once (text, json, arrayBuffer, bytes, blob, formData).

const { ReadableStream } = require('internal/webstreams/readable');
const { isFormData, FormData } = require('internal/fetch/form_data');

const kBody = Symbol('kBody');
const encoder = new TextEncoder();

const isBlob = (value) => require('internal/buffer/blob').isBlob(value);

/// A byte stream that hands out `bytes` once.
function streamOfBytes(bytes) {
  return new ReadableStream({
    type: 'bytes',
    start(controller) {
      // A copy: enqueueing transfers the buffer, and the source must stay
      // readable (a redirect sends it again).
      if (bytes.byteLength > 0) controller.enqueue(bytes.slice());
      controller.close();
    },
  });
}

/// Escapes a multipart name or filename as browsers (and undici) do.
function escapeMultipart(text, normalizeNewlines) {
  if (normalizeNewlines) text = text.replace(/\r?\n|\r/g, '\r\n');
  return text.replace(/\n/g, '%0A').replace(/\r/g, '%0D').replace(/"/g, '%22');
}

/// The multipart/form-data encoding of a FormData, with its boundary.
function multipart(formData) {
  const boundary = `----formdata-sous-${`${Math.random()}`.slice(2, 13).padStart(11, '0')}`;
  const parts = [];
  for (const [name, value] of formData) {
    const head = `--${boundary}\r\nContent-Disposition: form-data; name="${escapeMultipart(name, true)}"`;
    if (typeof value === 'string') {
      parts.push(encoder.encode(`${head}\r\n\r\n${value.replace(/\r(?!\n)|(?<!\r)\n/g, '\r\n')}\r\n`));
    } else {
      parts.push(encoder.encode(`${head}; filename="${escapeMultipart(value.name, false)}"\r\n` +
        `Content-Type: ${value.type || 'application/octet-stream'}\r\n\r\n`));
      parts.push(value);
      parts.push(encoder.encode('\r\n'));
    }
  }
  parts.push(encoder.encode(`--${boundary}--\r\n`));
  return { parts, boundary };
}

/// Fetch's "extract a body": { stream, source, length, type } of `object`.
function extractBody(object) {
  const { Blob } = require('buffer');
  if (typeof object === 'string') {
    const bytes = encoder.encode(object);
    return { stream: streamOfBytes(bytes), source: bytes, length: bytes.byteLength, type: 'text/plain;charset=UTF-8' };
  }
  if (object instanceof URLSearchParams) {
    const bytes = encoder.encode(object.toString());
    return {
      stream: streamOfBytes(bytes), source: bytes, length: bytes.byteLength,
      type: 'application/x-www-form-urlencoded;charset=UTF-8',
    };
  }
  if (object instanceof ArrayBuffer || (typeof SharedArrayBuffer === 'function' && object instanceof SharedArrayBuffer)) {
    const bytes = new Uint8Array(object.slice(0));
    return { stream: streamOfBytes(bytes), source: bytes, length: bytes.byteLength, type: null };
  }
  if (ArrayBuffer.isView(object)) {
    const bytes = new Uint8Array(object.buffer.slice(object.byteOffset, object.byteOffset + object.byteLength));
    return { stream: streamOfBytes(bytes), source: bytes, length: bytes.byteLength, type: null };
  }
  if (isBlob(object)) {
    return { stream: object.stream(), source: object, length: object.size, type: object.type || null };
  }
  if (isFormData(object)) {
    const { parts, boundary } = multipart(object);
    const blob = new Blob(parts);
    return { stream: blob.stream(), source: object, length: blob.size, type: `multipart/form-data; boundary=${boundary}` };
  }
  if (object instanceof ReadableStream) {
    if (object.locked || require('internal/streams/utils').isDisturbed(object)) {
      throw new TypeError('Response body object should not be disturbed or locked');
    }
    return { stream: object, source: null, length: null, type: null };
  }
  if (object !== null && typeof object === 'object' && typeof object[Symbol.asyncIterator] === 'function') {
    return { stream: ReadableStream.from(object), source: null, length: null, type: null };
  }
  return extractBody(`${object}`);
}

function bodyUsed(holder) {
  const body = holder[kBody];
  return body !== null && require('internal/streams/utils').isDisturbed(body.stream);
}

/// Reads the whole body once, as one Uint8Array.
async function consumeBytes(holder) {
  const body = holder[kBody];
  if (body === null) return new Uint8Array(0);
  if (bodyUsed(holder) || body.stream.locked) throw new TypeError('Body is unusable: Body has already been read');
  return require('stream/consumers').bytes(uint8Chunks(body.stream));
}

async function* uint8Chunks(stream) {
  for await (const chunk of stream) {
    if (!(chunk instanceof Uint8Array)) throw new TypeError('Received non-Uint8Array chunk');
    yield chunk;
  }
}

function mimeOf(holder) {
  return holder.headers.get('content-type') || '';
}

async function parseFormData(holder) {
  const type = mimeOf(holder);
  const bytes = await consumeBytes(holder);
  const form = new FormData();
  if (/^application\/x-www-form-urlencoded\b/i.test(type)) {
    for (const [name, value] of new URLSearchParams(new TextDecoder().decode(bytes))) form.append(name, value);
    return form;
  }
  const boundary = /^multipart\/form-data\s*;.*\bboundary=(?:"([^"]+)"|([^;\s]+))/i.exec(type);
  if (boundary === null) throw new TypeError('Content-Type was not one of "multipart/form-data" or "application/x-www-form-urlencoded".');
  require('internal/fetch/multipart').parseInto(form, bytes, boundary[1] || boundary[2]);
  return form;
}

/// Installs the Body mixin on `Class.prototype`; `isInstance` is the brand check.
function installBodyMixin(Class, isInstance) {
  const check = (self) => {
    if (!isInstance(self)) throw new TypeError('Illegal invocation');
  };
  const readers = {
    text: (bytes) => new TextDecoder().decode(bytes),
    json: (bytes) => JSON.parse(new TextDecoder().decode(bytes)),
    arrayBuffer: (bytes) => bytes.buffer,
    bytes: (bytes) => bytes,
    blob: (bytes, holder) => {
      const { Blob } = require('buffer');
      return new Blob([bytes], { type: mimeOf(holder) });
    },
  };
  const methods = {};
  for (const [name, convert] of Object.entries(readers)) {
    methods[name] = {
      value: async function read() {
        check(this);
        return convert(await consumeBytes(this), this);
      },
    };
  }
  methods.formData = {
    value: async function formData() {
      check(this);
      return parseFormData(this);
    },
  };
  methods.body = {
    get() {
      check(this);
      return this[kBody] === null ? null : this[kBody].stream;
    },
  };
  methods.bodyUsed = {
    get() {
      check(this);
      return bodyUsed(this);
    },
  };
  for (const [name, desc] of Object.entries(methods)) {
    if (desc.value) Object.defineProperty(desc.value, 'name', { value: name });
    const extra = desc.value ? { writable: true } : {};
    Object.defineProperty(Class.prototype, name, { ...desc, ...extra, enumerable: true, configurable: true });
  }
}

/// A body as a clone gets it: the stream teed, one branch kept, the other handed out.
function cloneBody(holder) {
  const body = holder[kBody];
  if (body === null) return null;
  const [a, b] = body.stream.tee();
  body.stream = a;
  return { ...body, stream: b };
}

module.exports = { kBody, extractBody, installBodyMixin, cloneBody, bodyUsed };
