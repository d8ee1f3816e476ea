'use strict';
// node:stream. The classes live in internal/streams/ (one concern per file); this file only
// puts them together the way Node exports them (Stream is the legacy class, and the namespace).

const { Stream } = require('internal/streams/legacy');
const Readable = require('internal/streams/readable');
const Writable = require('internal/streams/writable');
const Duplex = require('internal/streams/duplex');
const { Transform, PassThrough } = require('internal/streams/transform');
const eos = require('internal/streams/end_of_stream');
const { pipeline } = require('internal/streams/pipeline');
const { addAbortSignal } = require('internal/streams/add_abort_signal');
const { destroyer } = require('internal/streams/destroy');
const { getDefaultHighWaterMark, setDefaultHighWaterMark } = require('internal/streams/state');
const utils = require('internal/streams/utils');
const operators = require('internal/streams/operators');

const promises = require('stream/promises');
const kCustomPromisify = Symbol.for('nodejs.util.promisify.custom');

Stream.isDestroyed = utils.isDestroyed;
Stream.isDisturbed = utils.isDisturbed;
Stream.isErrored = utils.isErrored;
Stream.isReadable = utils.isReadable;
Stream.isWritable = utils.isWritable;
Stream.Readable = Readable;
operators.install(Readable);
Stream.Writable = Writable;
Stream.Duplex = Duplex;
Stream.Transform = Transform;
Stream.PassThrough = PassThrough;
Stream.duplexPair = function duplexPair(options) {
  return require('internal/streams/compose').duplexPair(options);
};
Stream.pipeline = pipeline;
Stream.addAbortSignal = addAbortSignal;
Stream.finished = eos;
Stream.destroy = destroyer;
Stream.compose = function compose(...streams) {
  return require('internal/streams/compose').compose(...streams);
};
// The bridges to web streams (internal/webstreams/adapters.js), loaded on first use.
const adapters = () => require('internal/webstreams/adapters');
Object.assign(Readable, {
  fromWeb(readableStream, options) { return adapters().newStreamReadableFromReadableStream(readableStream, options); },
  toWeb(streamReadable, options) { return adapters().newReadableStreamFromStreamReadable(streamReadable, options); },
});
Object.assign(Writable, {
  fromWeb(writableStream, options) { return adapters().newStreamWritableFromWritableStream(writableStream, options); },
  toWeb(streamWritable) { return adapters().newWritableStreamFromStreamWritable(streamWritable); },
});
Object.assign(Duplex, {
  fromWeb(pair, options) { return adapters().newStreamDuplexFromReadableWritablePair(pair, options); },
  toWeb(duplex, options) { return adapters().newReadableWritablePairFromDuplex(duplex, options); },
});
Stream.setDefaultHighWaterMark = setDefaultHighWaterMark;
Stream.getDefaultHighWaterMark = getDefaultHighWaterMark;
Object.defineProperty(Stream, 'promises', { configurable: true, enumerable: true, get() { return promises; } });
Object.defineProperty(pipeline, kCustomPromisify, { enumerable: true, get() { return promises.pipeline; } });
Object.defineProperty(eos, kCustomPromisify, { enumerable: true, get() { return promises.finished; } });
Stream.Stream = Stream;
Stream._isArrayBufferView = ArrayBuffer.isView;
Stream._isUint8Array = (v) => v instanceof Uint8Array;
Stream._uint8ArrayToBuffer = (chunk) => {
  const { Buffer } = require('buffer');
  return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
};

module.exports = Stream;
