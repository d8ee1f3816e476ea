'use strict';
// ByteLengthQueuingStrategy and CountQueuingStrategy: a high-water mark and
// how big a chunk counts.

const { kState, isBrand, brand, invalidThis, argType, customInspect, inspectAs, webIDL } =
  require('internal/webstreams/util');

// Each class hands out the same `size` function every time (the spec's
// cached size function), named `size` as in Node.
const byteLengthSize = { size(chunk) { return chunk.byteLength; } }.size;
const countSize = { size() { return 1; } }.size;

function readInit(init) {
  if (init === null || typeof init !== 'object') throw argType('init', 'Object', init);
  if (init.highWaterMark === undefined) {
    const { errors, nodeError } = require('internal/web_errors');
    errors().define('ERR_MISSING_OPTION', TypeError, (option) => `${option} is required`);
    throw nodeError('ERR_MISSING_OPTION', 'init.highWaterMark');
  }
  return { highWaterMark: +init.highWaterMark };
}

/// The highWaterMark of a strategy of class `type`, brand-checked.
function highWaterMarkOf(self, type) {
  if (!isBrand(self, type)) throw invalidThis(type);
  return self[kState].highWaterMark;
}

class ByteLengthQueuingStrategy {
  constructor(init) {
    brand(this, 'ByteLengthQueuingStrategy', readInit(init));
  }

  get highWaterMark() {
    return highWaterMarkOf(this, 'ByteLengthQueuingStrategy');
  }

  get size() {
    highWaterMarkOf(this, 'ByteLengthQueuingStrategy');
    return byteLengthSize;
  }

  [customInspect](depth, options) {
    return inspectAs(this, depth, options, 'ByteLengthQueuingStrategy', { highWaterMark: this.highWaterMark });
  }
}

class CountQueuingStrategy {
  constructor(init) {
    brand(this, 'CountQueuingStrategy', readInit(init));
  }

  get highWaterMark() {
    return highWaterMarkOf(this, 'CountQueuingStrategy');
  }

  get size() {
    highWaterMarkOf(this, 'CountQueuingStrategy');
    return countSize;
  }

  [customInspect](depth, options) {
    return inspectAs(this, depth, options, 'CountQueuingStrategy', { highWaterMark: this.highWaterMark });
  }
}

webIDL(ByteLengthQueuingStrategy, ['highWaterMark', 'size']);
webIDL(CountQueuingStrategy, ['highWaterMark', 'size']);

module.exports = { ByteLengthQueuingStrategy, CountQueuingStrategy };
