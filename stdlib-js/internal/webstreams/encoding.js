'use strict';
// TextEncoderStream and TextDecoderStream: TransformStreams of strings to
// UTF-8 bytes and back (WHATWG Encoding §7).

const u = require('internal/webstreams/util');
const { TransformStream } = require('internal/webstreams/transform');
const { TextDecoder } = require('internal/encoding');

const { kState } = u;

class TextEncoderStream {
  constructor() {
    // A lone high surrogate at a chunk's end waits for the next chunk's low one.
    let pendingHighSurrogate = null;
    const encoder = new TextEncoder();
    const transform = new TransformStream({
      transform(chunk, controller) {
        let text = `${chunk}`;
        if (pendingHighSurrogate !== null) {
          text = pendingHighSurrogate + text;
          pendingHighSurrogate = null;
        }
        const last = text.charCodeAt(text.length - 1);
        if (last >= 0xd800 && last <= 0xdbff) {
          pendingHighSurrogate = text[text.length - 1];
          text = text.slice(0, -1);
        }
        if (text.length > 0) controller.enqueue(encoder.encode(text));
      },
      flush(controller) {
        if (pendingHighSurrogate !== null) controller.enqueue(new Uint8Array([0xef, 0xbf, 0xbd]));
      },
    });
    u.brand(this, 'TextEncoderStream', { transform });
  }

  get encoding() {
    check(this, 'TextEncoderStream', 'handle');
    return 'utf-8';
  }

  get readable() {
    return check(this, 'TextEncoderStream', 'transform').transform.readable;
  }

  get writable() {
    return check(this, 'TextEncoderStream', 'transform').transform.writable;
  }

  [u.customInspect](depth, options) {
    if (!u.isBrand(this, 'TextEncoderStream')) throw u.invalidThis('TextEncoderStream');
    const { readable, writable } = this[kState].transform;
    return u.inspectAs(this, depth, options, 'TextEncoderStream', { encoding: 'utf-8', readable, writable });
  }
}

u.webIDL(TextEncoderStream, ['encoding', 'readable', 'writable']);

class TextDecoderStream {
  constructor(encoding = 'utf-8', options = undefined) {
    const decoder = new TextDecoder(encoding, options);
    const transform = new TransformStream({
      transform(chunk, controller) {
        const text = decoder.decode(chunk, { stream: true });
        if (text) controller.enqueue(text);
      },
      flush(controller) {
        const text = decoder.decode();
        if (text) controller.enqueue(text);
      },
    });
    u.brand(this, 'TextDecoderStream', { decoder, transform });
  }

  get encoding() {
    return check(this, 'TextDecoderStream', 'handle').decoder.encoding;
  }

  get fatal() {
    return check(this, 'TextDecoderStream', 'handle').decoder.fatal;
  }

  get ignoreBOM() {
    return check(this, 'TextDecoderStream', 'handle').decoder.ignoreBOM;
  }

  get readable() {
    return check(this, 'TextDecoderStream', 'transform').transform.readable;
  }

  get writable() {
    return check(this, 'TextDecoderStream', 'transform').transform.writable;
  }

  [u.customInspect](depth, options) {
    if (!u.isBrand(this, 'TextDecoderStream')) throw u.invalidThis('TextDecoderStream');
    const { decoder, transform: { readable, writable } } = this[kState];
    return u.inspectAs(this, depth, options, 'TextDecoderStream', {
      encoding: decoder.encoding, fatal: decoder.fatal, ignoreBOM: decoder.ignoreBOM, readable, writable,
    });
  }
}

u.webIDL(TextDecoderStream, ['encoding', 'fatal', 'ignoreBOM', 'readable', 'writable']);

/// The state of a `type` object, or the error Node's private-field access gives.
function check(self, type, field) {
  if (!u.isBrand(self, type)) throw u.privateMember(field);
  return self[kState];
}

module.exports = { TextEncoderStream, TextDecoderStream };
