'use strict';
// How IPC messages are framed, per `serialization` option (Node's two):
// 'json' is each message's JSON text and a newline; 'advanced' is a 4-byte
// big-endian length and the message in V8's wire format (v8.serialize's,
// views as host objects behind a 0 that says "a view").

const { Buffer } = require('buffer');

function jsonCodec() {
  let pending = '';
  return {
    encoding: 'utf8',
    encode: (message) => `${JSON.stringify(message)}\n`,
    // The messages completed by `text`.
    decode(text) {
      pending += text;
      const messages = [];
      let at;
      while ((at = pending.indexOf('\n')) !== -1) {
        const line = pending.slice(0, at);
        pending = pending.slice(at + 1);
        messages.push(JSON.parse(line));
      }
      return messages;
    },
  };
}

let advancedClasses;
function classes() {
  if (advancedClasses !== undefined) return advancedClasses;
  const v8 = require('v8');
  class ChildProcessSerializer extends v8.DefaultSerializer {
    _writeHostObject(object) {
      this.writeUint32(0);
      return super._writeHostObject(object);
    }
  }
  class ChildProcessDeserializer extends v8.DefaultDeserializer {
    _readHostObject() {
      if (this.readUint32() !== 0) throw new Error('Unable to deserialize cloned data.');
      return super._readHostObject();
    }
  }
  advancedClasses = { ChildProcessSerializer, ChildProcessDeserializer };
  return advancedClasses;
}

function advancedCodec() {
  let chunks = [];
  let size = 0;
  return {
    encoding: null,
    encode(message) {
      const ser = new (classes().ChildProcessSerializer)();
      ser.writeRawBytes(Buffer.alloc(4));
      ser.writeHeader();
      ser.writeValue(message);
      const framed = ser.releaseBuffer();
      framed.writeUInt32BE(framed.length - 4, 0);
      return framed;
    },
    // Chunks are joined only once a whole message is there (a large message comes in many).
    decode(chunk) {
      const messages = [];
      if (chunk.length === 0) return messages;
      chunks.push(chunk);
      size += chunk.length;
      while (size >= 4) {
        if (chunks[0].length < 4) chunks = [Buffer.concat(chunks, size)];
        const full = chunks[0].readUInt32BE(0) + 4;
        if (size < full) break;
        const data = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, size);
        const der = new (classes().ChildProcessDeserializer)(data.subarray(4, full));
        der.readHeader();
        messages.push(der.readValue());
        const rest = data.subarray(full);
        size = rest.length;
        chunks = size === 0 ? [] : [rest];
      }
      return messages;
    },
  };
}

function codecFor(mode) {
  return mode === 'advanced' ? advancedCodec() : jsonCodec();
}

module.exports = { codecFor };
