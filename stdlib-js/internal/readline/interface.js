'use strict';
// The readline Interface both readline and readline/promises build on: lines cut from any
// Readable's 'data' (or, with `terminal`, edited from its 'keypress' events: editing.js),
// 'line'/'close'/'pause'/'resume'/'history' events, prompts, questions, and async iteration.

const EventEmitter = require('events');
const { makeNodeError, define } = require('internal/errors');
const { validateAbortSignal, validateNumber } = require('internal/events/validate');
const { emitKeypressEvents, kSawKeyPress, ESCAPE_CODE_TIMEOUT } = require('internal/readline/keypress');
const { cursorTo, moveCursor, clearScreenDown } = require('internal/readline/callbacks');
const editing = require('internal/readline/editing');
const { LineSplitter } = require('internal/readline/lines');

define('ERR_USE_AFTER_CLOSE', Error, (name) => `${name} was closed`);

const kHistorySize = 30;
const kMinCrlfDelay = 100;
const kLines = Symbol('kLines');
const kQuestionCallback = Symbol('kQuestionCallback');
const kOldPrompt = Symbol('kOldPrompt');
const kPrompt = Symbol('kPrompt');
const kLineIterator = Symbol('kLineIterator');
const kRemoveHistoryDuplicates = Symbol('kRemoveHistoryDuplicates');

function validateUint32(value, name) {
  if (typeof value !== 'number') throw makeNodeError('ERR_INVALID_ARG_TYPE', name, 'number', value);
  if (!Number.isInteger(value)) throw makeNodeError('ERR_OUT_OF_RANGE', name, 'an integer', value);
  if (value < 1 || value > 4294967295) throw makeNodeError('ERR_OUT_OF_RANGE', name, '>= 1 && <= 4294967295', value);
}

/// The options of `new Interface(input, output, completer, terminal)` or `new Interface(options)`.
function interfaceOptions(self, input, output, completer, terminal) {
  const o = { input, output, completer, terminal, prompt: '> ', removeHistoryDuplicates: false };
  if (input?.input) {
    Object.assign(o, {
      output: input.output, completer: input.completer, terminal: input.terminal, history: input.history,
      historySize: input.historySize, signal: input.signal, crlfDelay: input.crlfDelay,
      removeHistoryDuplicates: input.removeHistoryDuplicates,
    });
    if (input.tabSize !== undefined) {
      validateUint32(input.tabSize, 'tabSize');
      self.tabSize = input.tabSize;
    }
    if (input.prompt !== undefined) o.prompt = input.prompt;
    if (input.escapeCodeTimeout !== undefined) {
      if (!Number.isFinite(input.escapeCodeTimeout)) {
        throw makeNodeError('ERR_INVALID_ARG_VALUE', 'input.escapeCodeTimeout', self.escapeCodeTimeout);
      }
      self.escapeCodeTimeout = input.escapeCodeTimeout;
    }
    if (o.signal) validateAbortSignal(o.signal, 'options.signal');
    o.input = input.input;
  }
  if (o.completer !== undefined && typeof o.completer !== 'function') {
    throw makeNodeError('ERR_INVALID_ARG_VALUE', 'completer', o.completer);
  }
  if (o.history === undefined) o.history = [];
  else if (!Array.isArray(o.history)) throw makeNodeError('ERR_INVALID_ARG_TYPE', 'history', 'Array', o.history);
  if (o.historySize === undefined) o.historySize = kHistorySize;
  // Node 24 checks it as the size of its history manager.
  validateNumber(o.historySize, 'size', 0);
  // Without `terminal`, the output's isTTY decides (backwards compatibility).
  if (o.terminal === undefined && o.output != null) o.terminal = Boolean(o.output.isTTY);
  return o;
}

function Interface(input, output, completer, terminal) {
  this.isCompletionEnabled = true;
  this[kSawKeyPress] = false;
  this.escapeCodeTimeout = ESCAPE_CODE_TIMEOUT;
  this.tabSize = 8;
  EventEmitter.call(this);
  const o = interfaceOptions(this, input, output, completer, terminal);
  input = o.input;
  output = o.output;
  this.line = '';
  this.output = output;
  this.input = input;
  this.history = o.history;
  this.historyIndex = -1;
  this.historySize = o.historySize;
  this[kRemoveHistoryDuplicates] = Boolean(o.removeHistoryDuplicates);
  this.crlfDelay = o.crlfDelay ? Math.max(kMinCrlfDelay, o.crlfDelay) : kMinCrlfDelay;
  this.completer = o.completer;
  this.setPrompt(o.prompt);
  this.terminal = Boolean(o.terminal);
  this[kLineIterator] = undefined;
  this[kQuestionCallback] = null;
  editing.init(this);

  const self = this;
  const onerror = (err) => self.emit('error', err);
  input.on('error', onerror);
  if (!this.terminal) {
    const ondata = (data) => self._normalWrite(data);
    const onend = () => {
      // What came after the last line ending is a line too.
      const rest = self[kLines].rest();
      if (rest.length > 0) self.emit('line', rest);
      self.close();
    };
    input.on('data', ondata);
    input.on('end', onend);
    this.once('close', () => {
      input.removeListener('data', ondata);
      input.removeListener('error', onerror);
      input.removeListener('end', onend);
    });
    this[kLines] = new LineSplitter();
  } else {
    const onkeypress = (s, key) => {
      self._ttyWrite(s, key);
      // Half of a surrogate pair: redraw once the character is whole.
      if (key && key.sequence) {
        const ch = key.sequence.codePointAt(0);
        if (ch >= 0xd800 && ch <= 0xdfff) self._refreshLine();
      }
    };
    const ontermend = () => {
      if (typeof self.line === 'string' && self.line.length > 0) self.emit('line', self.line);
      self.close();
    };
    const onresize = () => self._refreshLine();
    emitKeypressEvents(input, this);
    input.on('keypress', onkeypress);
    input.on('end', ontermend);
    this._setRawMode(true);
    this.cursor = 0;
    if (output != null) output.on('resize', onresize);
    this.once('close', () => {
      input.removeListener('keypress', onkeypress);
      input.removeListener('error', onerror);
      input.removeListener('end', ontermend);
      if (output != null) output.removeListener('resize', onresize);
    });
  }
  if (o.signal) {
    const onAborted = () => self.close();
    if (o.signal.aborted) {
      process.nextTick(onAborted);
    } else {
      o.signal.addEventListener('abort', onAborted, { once: true });
      this.once('close', () => o.signal.removeEventListener('abort', onAborted));
    }
  }
  this.line = '';
  input.resume();
}
Object.setPrototypeOf(Interface.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Interface, EventEmitter);

Object.defineProperty(Interface.prototype, 'columns', {
  get() { return this.output && this.output.columns ? this.output.columns : Infinity; },
  configurable: true,
  enumerable: true,
});

Interface.prototype.setPrompt = function setPrompt(prompt) {
  this[kPrompt] = prompt;
};

Interface.prototype.getPrompt = function getPrompt() {
  return this[kPrompt];
};

Interface.prototype._setRawMode = function _setRawMode(mode) {
  const wasInRawMode = this.input.isRaw;
  if (typeof this.input.setRawMode === 'function') this.input.setRawMode(mode);
  return wasInRawMode;
};

Interface.prototype.prompt = function prompt(preserveCursor) {
  if (this.paused) this.resume();
  if (this.terminal && process.env.TERM !== 'dumb') {
    if (!preserveCursor) this.cursor = 0;
    this._refreshLine();
  } else {
    this._writeToOutput(this[kPrompt]);
  }
};

/// Asks `query` and hands the next line to `cb` instead of 'line' (a second question while one
/// is pending only prompts again).
Interface.prototype._question = function _question(query, cb) {
  if (this.closed) throw makeNodeError('ERR_USE_AFTER_CLOSE', 'readline');
  if (this[kQuestionCallback]) {
    this.prompt();
  } else {
    this[kOldPrompt] = this[kPrompt];
    this.setPrompt(query);
    this[kQuestionCallback] = cb;
    this.prompt();
  }
};

/// A question given up (its signal aborted): the prompt goes back to what it was.
Interface.prototype._questionCancel = function _questionCancel() {
  if (this[kQuestionCallback]) {
    this[kQuestionCallback] = null;
    this.setPrompt(this[kOldPrompt]);
    this.clearLine();
  }
};

Interface.prototype._onLine = function _onLine(line) {
  if (this[kQuestionCallback]) {
    const cb = this[kQuestionCallback];
    this[kQuestionCallback] = null;
    this.setPrompt(this[kOldPrompt]);
    cb(line);
  } else {
    this.emit('line', line);
  }
};

Interface.prototype._writeToOutput = function _writeToOutput(stringToWrite) {
  if (typeof stringToWrite !== 'string') {
    throw makeNodeError('ERR_INVALID_ARG_TYPE', 'stringToWrite', 'string', stringToWrite);
  }
  if (this.output != null) this.output.write(stringToWrite);
};

/// Puts the line at the top of the history (by the history options); the line as the
/// 'history' listeners left it.
Interface.prototype._addHistory = function _addHistory() {
  if (this.line.length === 0) return '';
  if (this.historySize === 0) return this.line;
  if (this.line.trim().length === 0) return this.line;
  if (this.history.length === 0 || this.history[0] !== this.line) {
    if (this[kRemoveHistoryDuplicates]) {
      const dupIndex = this.history.indexOf(this.line);
      if (dupIndex !== -1) this.history.splice(dupIndex, 1);
    }
    this.history.unshift(this.line);
    if (this.history.length > this.historySize) this.history.pop();
  }
  this.historyIndex = -1;
  // A listener may take the entry out again (a password, say).
  const line = this.history[0];
  this.emit('history', this.history);
  return line;
};

/// Redraws the prompt and the line, and puts the cursor back where it was.
Interface.prototype._refreshLine = function _refreshLine() {
  const line = this[kPrompt] + this.line;
  const dispPos = this._getDisplayPos(line);
  const cursorPos = this.getCursorPos();
  const prevRows = this.prevRows || 0;
  if (prevRows > 0) moveCursor(this.output, 0, -prevRows);
  cursorTo(this.output, 0);
  clearScreenDown(this.output);
  this._writeToOutput(line);
  // A line that fills the last column: make the terminal start a new row.
  if (dispPos.cols === 0) this._writeToOutput(' ');
  cursorTo(this.output, cursorPos.cols);
  const diff = dispPos.rows - cursorPos.rows;
  if (diff > 0) moveCursor(this.output, 0, -diff);
  this.prevRows = cursorPos.rows;
};

Interface.prototype.close = function close() {
  if (this.closed) return;
  this.pause();
  if (this.terminal) this._setRawMode(false);
  this.closed = true;
  this.emit('close');
};

Interface.prototype[Symbol.dispose] = function dispose() {
  this.close();
};

Interface.prototype.pause = function pause() {
  if (this.closed) throw makeNodeError('ERR_USE_AFTER_CLOSE', 'readline');
  if (this.paused) return;
  this.input.pause();
  this.paused = true;
  this.emit('pause');
  return this;
};

Interface.prototype.resume = function resume() {
  // A closed interface stays paused: prompt() and write() after close() throw here too.
  if (this.closed) throw makeNodeError('ERR_USE_AFTER_CLOSE', 'readline');
  if (!this.paused) return;
  this.input.resume();
  this.paused = false;
  this.emit('resume');
  return this;
};

Interface.prototype.write = function write(d, key) {
  if (this.paused) this.resume();
  if (this.terminal) this._ttyWrite(d, key);
  else this._normalWrite(d);
};

/// Without a terminal: each line that the chunk ends goes out (internal/readline/lines.js).
Interface.prototype._normalWrite = function _normalWrite(b) {
  if (b === undefined) return;
  // All the lines are cut first: a 'line' listener may write to this interface again.
  const lines = this[kLines].push(b, this.crlfDelay);
  for (let i = 0; i < lines.length; i++) this._onLine(lines[i]);
};

/// Where `str` ends on the screen: rows and columns, with tabs, wide characters and the
/// output's width.
Interface.prototype._getDisplayPos = function _getDisplayPos(str) {
  const { getStringWidth, stripVTControlCharacters } = require('internal/inspect/layout');
  let offset = 0;
  const col = this.columns;
  let rows = 0;
  for (const char of stripVTControlCharacters(str)) {
    if (char === '\n') {
      rows += Math.ceil(offset / col) || 1;
      offset = 0;
      continue;
    }
    if (char === '\t') {
      offset += this.tabSize - (offset % this.tabSize);
      continue;
    }
    const width = getStringWidth(char, false);
    if (width === 0 || width === 1) {
      offset += width;
    } else {
      // A wide character does not start in the last column.
      if ((offset + 1) % col === 0) offset++;
      offset += 2;
    }
  }
  const cols = offset % col;
  rows += (offset - cols) / col;
  return { cols, rows };
};

/// Where the cursor is, relative to the start of the prompt.
Interface.prototype.getCursorPos = function getCursorPos() {
  return this._getDisplayPos(this[kPrompt] + this.line.slice(0, this.cursor));
};

Interface.prototype[Symbol.asyncIterator] = function asyncIterator() {
  if (this[kLineIterator] === undefined) this[kLineIterator] = lineIterator(this);
  return this[kLineIterator];
};

/// The async iterator of the lines: those emitted from now on, queued while nobody waits (the
/// interface pauses past 1024 queued lines and resumes once they are taken); it ends at
/// 'close' and throws an 'error'.
function lineIterator(rl) {
  const highWaterMark = 1024;
  const queue = [];
  const waiting = [];
  let error = null;
  let finished = false;
  let paused = false;
  const onLine = (line) => {
    if (waiting.length > 0) {
      waiting.shift().resolve({ value: line, done: false });
      return;
    }
    queue.push(line);
    if (queue.length > highWaterMark && !paused) {
      paused = true;
      rl.pause();
    }
  };
  const onError = (err) => {
    if (waiting.length > 0) waiting.shift().reject(err);
    else error = err;
    iterator.return();
  };
  const stop = () => {
    finished = true;
    // Nothing to resume once it ends (a closed interface cannot be resumed).
    paused = false;
    rl.removeListener('line', onLine);
    rl.removeListener('error', onError);
    rl.removeListener('close', stop);
    for (const w of waiting.splice(0)) w.resolve({ value: undefined, done: true });
  };
  rl.on('line', onLine);
  rl.on('error', onError);
  rl.on('close', stop);
  const iterator = {
    // What Node's events.on iterator shows of its queue.
    [Symbol.for('nodejs.watermarkData')]: {
      get size() { return queue.length; },
      get low() { return 1; },
      get high() { return highWaterMark; },
      get isPaused() { return paused; },
    },
    next() {
      if (queue.length > 0) {
        const value = queue.shift();
        if (paused && queue.length < 1) {
          paused = false;
          rl.resume();
        }
        return Promise.resolve({ value, done: false });
      }
      if (error) {
        const err = error;
        error = null;
        return Promise.reject(err);
      }
      if (finished) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
    },
    return() {
      stop();
      return Promise.resolve({ value: undefined, done: true });
    },
    throw(err) {
      if (!err || !(err instanceof Error)) {
        throw makeNodeError('ERR_INVALID_ARG_TYPE', 'EventEmitter.AsyncIterator', 'Error', err);
      }
      stop();
      return Promise.reject(err);
    },
    [Symbol.asyncIterator]() { return this; },
  };
  Object.setPrototypeOf(iterator, Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype));
  return iterator;
}

editing.install(Interface.prototype);

module.exports = { Interface };
