'use strict';
// node:stream/consumers: read a whole stream (or async iterable) into one value.

const { Buffer } = require('buffer');

async function bytes(stream) {
  const chunks = [];
  let size = 0;
  for await (const chunk of stream) {
    const view = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    chunks.push(view);
    size += view.byteLength;
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const c of chunks) {
    out.set(new Uint8Array(c.buffer, c.byteOffset, c.byteLength), offset);
    offset += c.byteLength;
  }
  return out;
}

async function arrayBuffer(stream) {
  const u8 = await bytes(stream);
  return u8.buffer;
}

async function buffer(stream) {
  const u8 = await bytes(stream);
  return Buffer.from(u8.buffer, u8.byteOffset, u8.byteLength);
}

async function text(stream) {
  const decoder = new TextDecoder();
  let str = '';
  for await (const chunk of stream) {
    if (typeof chunk === 'string') str += chunk;
    else str += decoder.decode(chunk, { stream: true });
  }
  return str + decoder.decode();
}

async function json(stream) {
  return JSON.parse(await text(stream));
}

async function blob(stream) {
  const u8 = await bytes(stream);
  return new (require('buffer').Blob)([u8]);
}

module.exports = { arrayBuffer, blob, buffer, bytes, text, json };
