'use strict';
// node:stream/web: the WHATWG Streams classes (stdlib-js/internal/webstreams/).

const { ReadableStream } = require('internal/webstreams/readable');
const { ReadableStreamTee } = require('internal/webstreams/tee');
const { ReadableStreamDefaultReader, ReadableStreamBYOBReader } = require('internal/webstreams/readers');
const { ReadableStreamDefaultController } = require('internal/webstreams/default_controller');
const { ReadableByteStreamController, ReadableStreamBYOBRequest } = require('internal/webstreams/byte_controller');
const {
  WritableStream, WritableStreamDefaultWriter, WritableStreamDefaultController,
} = require('internal/webstreams/writable');
const { TransformStream, TransformStreamDefaultController } = require('internal/webstreams/transform');
const { ByteLengthQueuingStrategy, CountQueuingStrategy } = require('internal/webstreams/queuing');
const { TextEncoderStream, TextDecoderStream } = require('internal/webstreams/encoding');
const { CompressionStream, DecompressionStream } = require('internal/webstreams/compression');

module.exports = {
  ReadableStream, ReadableStreamTee, ReadableStreamDefaultReader, ReadableStreamBYOBReader, ReadableStreamBYOBRequest,
  ReadableByteStreamController, ReadableStreamDefaultController, TransformStream,
  TransformStreamDefaultController, WritableStream, WritableStreamDefaultWriter,
  WritableStreamDefaultController, ByteLengthQueuingStrategy, CountQueuingStrategy, TextEncoderStream,
  TextDecoderStream, CompressionStream, DecompressionStream,
};
