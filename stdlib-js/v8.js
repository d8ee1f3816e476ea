'use strict';
// `v8`: the parts plain scripts use. sous runs on Boa, not V8: heap figures
// are the process's (resident size for the heap, the machine's memory for
// the limit) under Node's field names; flags are accepted and ignored.
// serialize/deserialize speak V8's wire format (internal/v8/). Not offered:
// heap snapshots, coverage, profilers, promiseHooks, startupSnapshot.

const binding = internalBinding('v8');

function validateString(value, name) {
  if (typeof value !== 'string') {
    throw require('internal/errors').makeNodeError('ERR_INVALID_ARG_TYPE', name, 'string', value);
  }
}

const SPACES = [
  'read_only_space', 'new_space', 'old_space', 'code_space', 'shared_space', 'trusted_space',
  'shared_trusted_space', 'new_large_object_space', 'large_object_space', 'code_large_object_space',
  'shared_large_object_space', 'shared_trusted_large_object_space', 'trusted_large_object_space',
];

function getHeapStatistics() {
  const [rss, limit] = binding.memoryFigures();
  return {
    total_heap_size: rss,
    total_heap_size_executable: 0,
    total_physical_size: rss,
    total_available_size: Math.max(limit - rss, 0),
    used_heap_size: rss,
    heap_size_limit: limit,
    malloced_memory: 0,
    peak_malloced_memory: 0,
    does_zap_garbage: 0,
    number_of_native_contexts: 1,
    number_of_detached_contexts: 0,
    total_global_handles_size: 0,
    used_global_handles_size: 0,
    external_memory: 0,
  };
}

// Boa has one heap: it is reported as old_space, the others as empty.
function getHeapSpaceStatistics() {
  const [rss, limit] = binding.memoryFigures();
  return SPACES.map((name) => {
    const old = name === 'old_space';
    return {
      space_name: name,
      space_size: old ? rss : 0,
      space_used_size: old ? rss : 0,
      space_available_size: old ? Math.max(limit - rss, 0) : 0,
      physical_space_size: old ? rss : 0,
    };
  });
}

function getHeapCodeStatistics() {
  return {
    code_and_metadata_size: 0,
    bytecode_and_metadata_size: 0,
    external_script_source_size: 0,
    cpu_profiler_metadata_size: 0,
  };
}

// The flags set so far: like V8's, the version tag depends on them.
let flagsSet = '';

// A tag for this engine and its flags (FNV-1a): cached data, which sous
// does not make, would only be valid for the same ones.
function cachedDataVersionTag() {
  let hash = 0x811c9dc5;
  for (const ch of `sous ${process.version}${flagsSet}`) {
    hash = Math.imul(hash ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  }
  return hash;
}

// V8 takes flags at any time but most only act on new contexts (Node's
// global has no gc() after '--expose-gc' either). sous knows none of them:
// each is accepted and changes only the version tag.
function setFlagsFromString(flags) {
  validateString(flags, 'flags');
  flagsSet += ` ${flags}`;
}

// Whether V8 would store the string one byte per character: judged by
// content (every code unit below 256).
function isStringOneByteRepresentation(content) {
  validateString(content, 'content');
  return /^[\x00-\xff]*$/.test(content);
}

// The views Node's default serializer writes as host objects, by the index it writes (10 is
// Buffer).
function viewTypes() {
  const { Buffer } = require('buffer');
  return [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
    Float32Array, Float64Array, DataView, Buffer, BigInt64Array, BigUint64Array];
}

let serializerClasses;
function classes() {
  if (serializerClasses !== undefined) return serializerClasses;
  const { Serializer } = require('internal/v8/serializer');
  const { Deserializer } = require('internal/v8/deserializer');
  Serializer.prototype._getDataCloneError = Error;

  // Node's own: views travel as host objects holding only their bytes (a Buffer's pool stays
  // out of the data).
  class DefaultSerializer extends Serializer {
    constructor() {
      super();
      this._setTreatArrayBufferViewsAsHostObjects(true);
    }

    _writeHostObject(view) {
      const { Buffer } = require('buffer');
      let index = 10;
      if (view.constructor !== Buffer) {
        index = viewTypes().indexOf(view.constructor);
        if (index === -1 || index === 10) {
          throw new this._getDataCloneError(
            `Unserializable host object: ${require('internal/inspect').inspect(view)}`);
        }
      }
      this.writeUint32(index);
      this.writeUint32(view.byteLength);
      this.writeRawBytes(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
    }
  }

  class DefaultDeserializer extends Deserializer {
    _readHostObject() {
      const Ctor = viewTypes()[this.readUint32()];
      const byteLength = this.readUint32();
      const byteOffset = this._readRawBytes(byteLength);
      const perElement = Ctor.BYTES_PER_ELEMENT || 1;
      const offset = this.buffer.byteOffset + byteOffset;
      // A view of the input where its alignment allows, else of a copy.
      if (offset % perElement === 0) return new Ctor(this.buffer.buffer, offset, byteLength / perElement);
      const copy = new Uint8Array(byteLength);
      copy.set(new Uint8Array(this.buffer.buffer, offset, byteLength));
      return new Ctor(copy.buffer, 0, byteLength / perElement);
    }
  }
  serializerClasses = { Serializer, Deserializer, DefaultSerializer, DefaultDeserializer };
  return serializerClasses;
}

function serialize(value) {
  const ser = new (classes().DefaultSerializer)();
  ser.writeHeader();
  ser.writeValue(value);
  return ser.releaseBuffer();
}

function deserialize(buffer) {
  const der = new (classes().DefaultDeserializer)(buffer);
  der.readHeader();
  return der.readValue();
}

module.exports = {
  serialize,
  deserialize,
  cachedDataVersionTag,
  getHeapStatistics,
  getHeapSpaceStatistics,
  getHeapCodeStatistics,
  setFlagsFromString,
  isStringOneByteRepresentation,
};
for (const name of ['Serializer', 'Deserializer', 'DefaultSerializer', 'DefaultDeserializer']) {
  Object.defineProperty(module.exports, name, {
    get: () => classes()[name], enumerable: true, configurable: true,
  });
}
