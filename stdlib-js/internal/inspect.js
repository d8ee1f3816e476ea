'use strict';
// util.inspect and util.format, byte for byte as Node v24 prints them. The
// work is done by the parts in internal/inspect/, one concern each:
//   value.js        inspect() and the recursion over values
//   types.js        brand checks (also util.types)
//   styles.js       default options, colors and styles
//   primitives.js   strings, numbers and bigints
//   objects.js      constructor names and prefixes
//   keys.js         the keys shown, and the non-index keys of arrays
//   collections.js  arrays, typed arrays, sets, maps, promises (loaded on first use)
//   errors.js       error stacks (loaded on first use)
//   layout.js       line breaking, array grouping, string width
//   format.js       util.format / formatWithOptions

const { inspect } = require('internal/inspect/value');
const { types, isError } = require('internal/inspect/types');
const { inspectDefaultOptions } = require('internal/inspect/styles');
const { getOwnNonIndexProperties } = require('internal/inspect/keys');
const { getStringWidth, stripVTControlCharacters } = require('internal/inspect/layout');
const { format, formatWithOptions } = require('internal/inspect/format');

// An uncaught error as Node's report shows it: no custom inspect, at least five levels deep.
function inspectUncaught(error) {
  return inspect(error, { customInspect: false, depth: Math.max(inspectDefaultOptions.depth, 5) });
}

module.exports = {
  inspect,
  inspectUncaught,
  getOwnNonIndexProperties,
  inspectDefaultOptions,
  format,
  formatWithOptions,
  getStringWidth,
  stripVTControlCharacters,
  isError,
  types,
  // Read on use, so the error part still loads only when needed.
  get identicalSequenceRange() {
    return require('internal/inspect/errors').identicalSequenceRange;
  },
};
