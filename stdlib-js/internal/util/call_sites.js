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
  for (const frame of framesIn(currentFrames())) {
    // This function's own frames are not the caller's.
    if (frame.file === 'node:internal/util/call_sites' || frame.file === 'native') continue;
    sites.push({
      __proto__: null,
      functionName: frame.name,
      scriptId: scriptIdOf(frame.file),
      scriptName: frame.file,
      lineNumber: frame.line,
      columnNumber: frame.column,
      column: frame.column,
    });
    if (sites.length === frameCount) break;
  }
  return sites;
}

// The frames of a stack text: `{ name, file, line, column }` each (`name` is '' at top level;
// a native frame has file 'native' and no position).
function framesIn(stack) {
  const frames = [];
  for (const line of stack.split('\n')) {
    const match = FRAME.exec(line);
    if (match !== null) {
      const name = match[1] === undefined || match[1] === '<main>' ? '' : match[1];
      frames.push({ name, file: match[2], line: Number(match[3]), column: Number(match[4]) });
    } else if (NATIVE_FRAME.test(line)) {
      frames.push({ name: NATIVE_FRAME.exec(line)[1], file: 'native', line: null, column: null });
    }
  }
  return frames;
}
const NATIVE_FRAME = /^\s+at (.*?) \(native\)$/;

// The frames live here, read without `Error.prepareStackTrace` (which must not see them).
function currentFrames() {
  return require('internal/bootstrap').framesOf.get.call(new Error()) || '';
}

// Whether the first frame outside sous's own code (`node:`) is in a node_modules folder (as
// Node decides whether a deprecation comes from a dependency); `fallback` when there is none.
function isInsideNodeModules(fallback) {
  for (const frame of framesIn(currentFrames())) {
    if (frame.file === 'native' || frame.file.startsWith('node:')) continue;
    return /(?:^|[\\/])node_modules[\\/]/.test(frame.file);
  }
  return fallback;
}

// V8's CallSite objects, what `Error.prepareStackTrace(error, sites)` receives.
class CallSite {
  #frame;
  constructor(frame) { this.#frame = frame; }
  getThis() { return undefined; }
  getTypeName() { return null; }
  getFunction() { return undefined; }
  getFunctionName() { return this.#frame.name || null; }
  getMethodName() { return null; }
  getFileName() { return this.#frame.file === 'native' ? undefined : this.#frame.file; }
  getScriptNameOrSourceURL() { return this.getFileName(); }
  getLineNumber() { return this.#frame.line; }
  getColumnNumber() { return this.#frame.column; }
  getEnclosingLineNumber() { return this.#frame.line; }
  getEnclosingColumnNumber() { return this.#frame.column; }
  getPosition() { return 0; }
  getScriptHash() { return ''; }
  getEvalOrigin() { return undefined; }
  getPromiseIndex() { return null; }
  isToplevel() { return this.#frame.name === ''; }
  isEval() { return false; }
  isNative() { return this.#frame.file === 'native'; }
  isConstructor() { return false; }
  isAsync() { return false; }
  isPromiseAll() { return false; }
  toString() {
    const { name, file, line, column } = this.#frame;
    const place = file === 'native' ? 'native' : `${file}:${line}:${column}`;
    return name ? `${name} (${place})` : place;
  }
}

function callSitesOf(stack) {
  return framesIn(stack).map((frame) => new CallSite(frame));
}

module.exports = { getCallSites, framesIn, currentFrames, isInsideNodeModules, callSitesOf };
