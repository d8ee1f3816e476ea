'use strict';
// `v8`: the parts plain scripts use. sous runs on Boa, not V8: heap figures
// are the process's (resident size for the heap, the machine's memory for
// the limit) under Node's field names; flags are accepted and ignored.
// Not offered: serialize/deserialize (V8's wire format), heap snapshots,
// coverage, profilers, promiseHooks, startupSnapshot.

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

module.exports = {
  cachedDataVersionTag,
  getHeapStatistics,
  getHeapSpaceStatistics,
  getHeapCodeStatistics,
  setFlagsFromString,
  isStringOneByteRepresentation,
};
