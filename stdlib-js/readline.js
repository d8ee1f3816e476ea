'use strict';
// node:readline: createInterface over any Readable (lines, or a line editor on a terminal),
// question() with a callback, the cursor helpers and emitKeypressEvents. The parts live in
// internal/readline/; readline.promises is readline/promises.

const { Interface: BaseInterface } = require('internal/readline/interface');
const { emitKeypressEvents } = require('internal/readline/keypress');
const { cursorTo, moveCursor, clearLine, clearScreenDown } = require('internal/readline/callbacks');
const { makeAbortError } = require('internal/errors');
const { validateAbortSignal } = require('internal/events/validate');

function Interface(input, output, completer, terminal) {
  if (!(this instanceof Interface)) return new Interface(input, output, completer, terminal);
  BaseInterface.call(this, input, output, completer, terminal);
}
Object.setPrototypeOf(Interface.prototype, BaseInterface.prototype);
Object.setPrototypeOf(Interface, BaseInterface);

/// question(query[, options], cb): `cb(answer)` with the next line; `options.signal` gives up.
Interface.prototype.question = function question(query, options, cb) {
  cb = typeof options === 'function' ? options : cb;
  if (options !== null && typeof options === 'object') {
    const { signal } = options;
    if (signal) {
      validateAbortSignal(signal, 'options.signal');
      if (signal.aborted) return;
      const onAbort = () => this._questionCancel();
      signal.addEventListener('abort', onAbort, { once: true });
      const original = cb;
      cb = typeof cb === 'function' ? (answer) => {
        signal.removeEventListener('abort', onAbort);
        return original(answer);
      } : cb;
    }
  }
  if (typeof cb === 'function') this._question(query, cb);
};

// util.promisify(rl.question): a promise of the answer, rejected with an AbortError by the signal.
Interface.prototype.question[Symbol.for('nodejs.util.promisify.custom')] = function question(query, options) {
  if (options !== null && typeof options === 'object' && options.signal?.aborted) {
    return Promise.reject(makeAbortError(options.signal.reason));
  }
  return new Promise((resolve, reject) => {
    let cb = resolve;
    const signal = options?.signal;
    if (signal) {
      const onAbort = () => reject(makeAbortError(signal.reason));
      signal.addEventListener('abort', onAbort, { once: true });
      cb = (answer) => {
        signal.removeEventListener('abort', onAbort);
        resolve(answer);
      };
    }
    this.question(query, options, cb);
  });
};

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

const readline = {
  Interface,
  clearLine,
  clearScreenDown,
  createInterface,
  cursorTo,
  emitKeypressEvents,
  moveCursor,
};
Object.defineProperty(readline, 'promises', {
  get() { return require('readline/promises'); },
  enumerable: true,
  configurable: true,
});

module.exports = readline;
