'use strict';
// EventTarget, AbortController and AbortSignal (Event is internal/event.js), installed as
// lazy globals (runtime/ops/mod.rs).

const kListeners = Symbol('kListeners');
// Set by events.setMaxListeners(n, target).
const kMaxListeners = Symbol('kMaxEventTargetListeners');
// A listener added with this option runs even after stopImmediatePropagation()
// (events.addAbortListener).
const kResistStopPropagation = Symbol('kResistStopPropagation');

const { Event, CustomEvent, dispatching } = require('internal/event');

class EventTarget {
  constructor() {
    Object.defineProperty(this, kListeners, { value: new Map(), enumerable: false });
  }
  addEventListener(type, listener, options = undefined) {
    if (listener == null) return;
    const once = typeof options === 'object' && options !== null && !!options.once;
    const signal = typeof options === 'object' && options !== null ? options.signal : undefined;
    let list = this[kListeners].get(type);
    if (!list) this[kListeners].set(type, list = []);
    if (list.some((l) => l.listener === listener)) return;
    const entry = { listener, once, resist: !!(options && options[kResistStopPropagation]) };
    list.push(entry);
    if (signal) {
      if (signal.aborted) { this.removeEventListener(type, listener); return; }
      signal.addEventListener('abort', () => this.removeEventListener(type, listener), { once: true });
    }
  }
  removeEventListener(type, listener) {
    const list = this[kListeners].get(type);
    if (!list) return;
    const i = list.findIndex((l) => l.listener === listener);
    if (i !== -1) list.splice(i, 1);
  }
  dispatchEvent(event) {
    if (!(event instanceof Event)) {
      throw require('internal/errors').makeNodeError('ERR_INVALID_ARG_TYPE', 'event', 'Event', event);
    }
    const dispatch = dispatching(event, this);
    try {
      this.#dispatch(event, dispatch);
    } finally {
      dispatch.end();
    }
    return !event.defaultPrevented;
  }

  #dispatch(event, dispatch) {
    const list = this[kListeners].get(event.type);
    if (list) {
      for (const entry of [...list]) {
        if (dispatch.immediateStopped() && !entry.resist) continue;
        if (entry.once) this.removeEventListener(event.type, entry.listener);
        const { listener } = entry;
        try {
          if (typeof listener === 'function') listener.call(this, event);
          else if (listener && typeof listener.handleEvent === 'function') listener.handleEvent(event);
        } catch (err) {
          process.nextTick(() => { throw err; });
        }
      }
    }
    const handler = this[`on${event.type}`];
    if (typeof handler === 'function') handler.call(this, event);
  }
}

const kCreate = Symbol('kCreate');

class AbortSignal extends EventTarget {
  #aborted = false;
  #reason = undefined;
  constructor(key) {
    if (key !== kCreate) throw new TypeError('Illegal constructor');
    super();
    this.onabort = null;
  }
  get aborted() { return this.#aborted; }
  get reason() { return this.#reason; }
  throwIfAborted() { if (this.#aborted) throw this.#reason; }
  static abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    const signal = new AbortSignal(kCreate);
    signal.#aborted = true;
    signal.#reason = reason;
    return signal;
  }
  static timeout(ms) {
    const signal = new AbortSignal(kCreate);
    const t = setTimeout(() => abortSignal(signal, new DOMException('The operation was aborted due to timeout', 'TimeoutError')), ms);
    t.unref();
    return signal;
  }
  // A signal that aborts when the first of `signals` does, with its reason.
  static any(signals) {
    if (signals === null || typeof signals !== 'object' || typeof signals[Symbol.iterator] !== 'function') {
      throw require('internal/errors').makeNodeError('ERR_INVALID_ARG_TYPE', 'signals', 'Array', signals);
    }
    const list = [...signals];
    list.forEach((s, i) => {
      if (!(s instanceof AbortSignal)) {
        throw require('internal/errors').makeNodeError('ERR_INVALID_ARG_TYPE', `signals[${i}]`, 'AbortSignal', s);
      }
    });
    const signal = new AbortSignal(kCreate);
    const already = list.find((s) => s.aborted);
    if (already) {
      signal.#aborted = true;
      signal.#reason = already.reason;
      return signal;
    }
    for (const source of list) {
      source.addEventListener('abort', () => abortSignal(signal, source.reason), { once: true });
    }
    return signal;
  }
  static [kCreate]() { return new AbortSignal(kCreate); }
  static _abort(signal, reason) {
    if (signal.#aborted) return;
    signal.#aborted = true;
    signal.#reason = reason;
    signal.dispatchEvent(new Event('abort'));
  }
  get [Symbol.toStringTag]() { return 'AbortSignal'; }
  // Node shows a signal by whether it is aborted.
  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    return `AbortSignal ${inspect({ aborted: this.#aborted }, { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }
}

function abortSignal(signal, reason) {
  AbortSignal._abort(signal, reason);
}

class AbortController {
  #signal = AbortSignal[kCreate]();
  get signal() { return this.#signal; }
  abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    abortSignal(this.#signal, reason);
  }
  get [Symbol.toStringTag]() { return 'AbortController'; }
  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    return `AbortController ${inspect({ signal: this.#signal }, { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }
}

class DOMException extends Error {
  constructor(message = '', name = 'Error') {
    super(message);
    Object.defineProperty(this, 'name', { value: name, writable: true, configurable: true, enumerable: false });
    const codes = {
      IndexSizeError: 1, HierarchyRequestError: 3, WrongDocumentError: 4, InvalidCharacterError: 5,
      NoModificationAllowedError: 7, NotFoundError: 8, NotSupportedError: 9, InvalidStateError: 11, SyntaxError: 12,
      InvalidModificationError: 13, NamespaceError: 14, InvalidAccessError: 15, TypeMismatchError: 17,
      SecurityError: 18, NetworkError: 19, AbortError: 20, URLMismatchError: 21, QuotaExceededError: 22,
      TimeoutError: 23, InvalidNodeTypeError: 24, DataCloneError: 25,
    };
    Object.defineProperty(this, 'code', { value: codes[name] || 0, configurable: true, enumerable: false });
  }
}

module.exports = {
  Event, CustomEvent, EventTarget, AbortController, AbortSignal, DOMException, kListeners, kMaxListeners, kResistStopPropagation,
};
