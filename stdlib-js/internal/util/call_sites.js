'use strict';
// util.getCallSites: the caller's stack frames as objects, read from the
// engine's stack trace (Boa has no structured call-site API). Positions are
// where Boa reports each call (the column of its `(`, where V8 gives the
// callee's name); `scriptId` numbers each script in the order this process
// first reported it (V8's ids have no meaning here).

function errors() {
  return require('internal/errors');
}

const scriptIds = new Map();
function scriptIdOf(name) {
  if (!scriptIds.has(name)) scriptIds.set(name, String(scriptIds.size + 1));
  return scriptIds.get(name);
}

// `    at name (file:line:column)` or `    at file:line:column`.
const FRAME = /^\s+at (?:(.*?) \()?(.*):(\d+):(\d+)\)?$/;

function getCallSites(frameCount = 10, options) {
  if (options === undefined && typeof frameCount === 'object') {
    options = frameCount;
    frameCount = 10;
  }
  if (options !== undefined) {
    if (options === null || typeof options !== 'object') {
      throw errors().makeNodeError('ERR_INVALID_ARG_TYPE', 'options', 'object', options);
    }
    if (options.sourceMap !== undefined && typeof options.sourceMap !== 'boolean') {
      throw errors().makeNodeError('ERR_INVALID_ARG_TYPE', 'options.sourceMap', 'boolean', options.sourceMap);
    }
  }
  if (typeof frameCount !== 'number') throw errors().makeNodeError('ERR_INVALID_ARG_TYPE', 'frameCount', 'number', frameCount);
  if (!Number.isInteger(frameCount)) throw errors().makeNodeError('ERR_OUT_OF_RANGE', 'frameCount', 'an integer', frameCount);
  if (frameCount < 1 || frameCount > 200) {
    throw errors().makeNodeError('ERR_OUT_OF_RANGE', 'frameCount', '>= 1 && <= 200', frameCount);
  }
  const sites = [];
  for (const line of String(new Error().stack).split('\n')) {
    const match = FRAME.exec(line);
    // This function's own frames are not the caller's.
    if (match === null || match[2] === 'node:internal/util/call_sites' || match[2] === 'native') continue;
    const functionName = match[1] === undefined || match[1] === '<main>' ? '' : match[1];
    const lineNumber = Number(match[3]);
    const column = Number(match[4]);
    sites.push({
      __proto__: null,
      functionName,
      scriptId: scriptIdOf(match[2]),
      scriptName: match[2],
      lineNumber,
      columnNumber: column,
      column,
    });
    if (sites.length === frameCount) break;
  }
  return sites;
}

module.exports = { getCallSites };
