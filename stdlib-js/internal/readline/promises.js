'use strict';
// readline/promises: an Interface whose question() returns a promise, and Readline, which
// queues cursor moves and clears for a stream and writes them on commit() (or at once, on the
// next tick, with autoCommit).

const { Interface: BaseInterface } = require('internal/readline/interface');
const { kQuestionReject } = require('internal/readline/editing');
const { cursorToSequence, moveCursorSequence, clearLineSequence, kClearScreenDown } =
  require('internal/readline/callbacks');
const { makeNodeError, makeAbortError } = require('internal/errors');
const { validateAbortSignal, validateBoolean } = require('internal/events/validate');

function validateInteger(value, name, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER) {
  if (typeof value !== 'number') throw makeNodeError('ERR_INVALID_ARG_TYPE', name, 'number', value);
  if (!Number.isInteger(value)) throw makeNodeError('ERR_OUT_OF_RANGE', name, 'an integer', value);
  if (value < min || value > max) throw makeNodeError('ERR_OUT_OF_RANGE', name, `>= ${min} && <= ${max}`, value);
}

class Interface extends BaseInterface {
  /// The next line, as a promise; `options.signal` rejects it with an AbortError.
  question(query, options = {}) {
    return new Promise((resolve, reject) => {
      // Ctrl-C or Ctrl-D on a terminal rejects it (editing.js).
      this[kQuestionReject] = reject;
      let cb = resolve;
      if (options?.signal) {
        const { signal } = options;
        validateAbortSignal(signal, 'options.signal');
        if (signal.aborted) {
          reject(makeAbortError(signal.reason));
          return;
        }
        const onAbort = () => {
          this._questionCancel();
          reject(makeAbortError(signal.reason));
        };
        signal.addEventListener('abort', onAbort, { once: true });
        cb = (answer) => {
          signal.removeEventListener('abort', onAbort);
          resolve(answer);
        };
      }
      this._question(query, cb);
    });
  }
}

function isWritableStream(stream) {
  return stream !== null && typeof stream === 'object' && typeof stream.write === 'function' &&
    typeof stream.on === 'function';
}

class Readline {
  #autoCommit = false;
  #stream;
  #todo = [];

  constructor(stream, options = undefined) {
    if (!isWritableStream(stream)) throw makeNodeError('ERR_INVALID_ARG_TYPE', 'stream', 'Writable', stream);
    this.#stream = stream;
    if (options?.autoCommit != null) {
      validateBoolean(options.autoCommit, 'options.autoCommit');
      this.#autoCommit = options.autoCommit;
    }
  }

  #queue(data) {
    if (this.#autoCommit) process.nextTick(() => this.#stream.write(data));
    else this.#todo.push(data);
    return this;
  }

  /// Column `x` (and row `y`).
  cursorTo(x, y = undefined) {
    validateInteger(x, 'x');
    if (y != null) validateInteger(y, 'y');
    return this.#queue(cursorToSequence(x, y ?? undefined));
  }

  moveCursor(dx, dy) {
    if (dx || dy) {
      validateInteger(dx, 'dx');
      validateInteger(dy, 'dy');
      this.#queue(moveCursorSequence(dx, dy));
    }
    return this;
  }

  /// dir -1: to the line's start, 1: to its end, 0: all of it.
  clearLine(dir) {
    validateInteger(dir, 'dir', -1, 1);
    return this.#queue(clearLineSequence(dir));
  }

  clearScreenDown() {
    return this.#queue(kClearScreenDown);
  }

  /// Writes what was queued; resolves when the stream has taken it.
  commit() {
    return new Promise((resolve) => {
      this.#stream.write(this.#todo.join(''), resolve);
      this.#todo = [];
    });
  }

  rollback() {
    this.#todo = [];
    return this;
  }
}

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

module.exports = { Interface, Readline, createInterface };
