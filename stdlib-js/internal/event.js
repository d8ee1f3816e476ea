'use strict';
// `Event` and `CustomEvent` as Node 24 has them (the WHATWG DOM's, for targets with no
// tree): the phase constants, `eventPhase` NONE outside a dispatch and AT_TARGET during
// it, `composedPath()`, `cancelBubble`/`returnValue`, a dispatch that cannot re-enter.
// `EventTarget` (internal/abort.js) drives a dispatch through `dispatching()`.

const { makeNodeError, define } = require('internal/errors');

define('ERR_EVENT_RECURSION', Error, (type) => `The event "${type}" is already being dispatched`);

const NONE = 0;
const CAPTURING_PHASE = 1;
const AT_TARGET = 2;
const BUBBLING_PHASE = 3;

let beginDispatch;
let endDispatch;
let immediateStopped;

function now() {
  return globalThis.performance ? globalThis.performance.now() : 0;
}

class Event {
  #type;
  #cancelable;
  #bubbles;
  #composed;
  #timeStamp = now();
  #defaultPrevented = false;
  #propagationStopped = false;
  #immediateStopped = false;
  #target = null;
  #currentTarget = null;
  #dispatching = false;

  constructor(type, options = undefined) {
    if (arguments.length === 0) throw makeNodeError('ERR_MISSING_ARGS', 'type');
    if (options !== undefined && options !== null && typeof options !== 'object') {
      throw makeNodeError('ERR_INVALID_ARG_TYPE', 'options', 'object', options);
    }
    this.#type = `${type}`;
    this.#cancelable = !!options?.cancelable;
    this.#bubbles = !!options?.bubbles;
    this.#composed = !!options?.composed;
  }

  initEvent(type, bubbles = false, cancelable = false) {
    if (arguments.length === 0) throw makeNodeError('ERR_MISSING_ARGS', 'type');
    if (this.#dispatching) return;
    this.#type = `${type}`;
    this.#bubbles = !!bubbles;
    this.#cancelable = !!cancelable;
  }

  stopImmediatePropagation() {
    this.#immediateStopped = true;
    this.#propagationStopped = true;
  }

  preventDefault() {
    if (this.#cancelable) this.#defaultPrevented = true;
  }

  get target() { return this.#target; }
  get currentTarget() { return this.#currentTarget; }
  get srcElement() { return this.#target; }
  get type() { return this.#type; }
  get cancelable() { return this.#cancelable; }
  get defaultPrevented() { return this.#cancelable && this.#defaultPrevented; }
  get timeStamp() { return this.#timeStamp; }

  composedPath() {
    return this.#dispatching ? [this.#currentTarget] : [];
  }

  get returnValue() { return !this.defaultPrevented; }
  get bubbles() { return this.#bubbles; }
  get composed() { return this.#composed; }
  get eventPhase() { return this.#dispatching ? AT_TARGET : NONE; }
  get cancelBubble() { return this.#propagationStopped; }

  set cancelBubble(value) {
    if (value) this.#propagationStopped = true;
  }

  stopPropagation() {
    this.#propagationStopped = true;
  }

  get isTrusted() { return false; }

  // The shape util.inspect shows, as Node's.
  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    const name = this.constructor.name;
    if (depth < 0) return name;
    const shown = {
      type: this.#type,
      defaultPrevented: this.defaultPrevented,
      cancelable: this.#cancelable,
      timeStamp: this.#timeStamp,
    };
    return `${name} ${inspect(shown, { ...options, depth: options.depth === null ? null : options.depth - 1 })}`;
  }

  static {
    beginDispatch = (event, target) => {
      if (event.#dispatching) throw makeNodeError('ERR_EVENT_RECURSION', event.#type);
      event.#dispatching = true;
      event.#target = target;
      event.#currentTarget = target;
    };
    endDispatch = (event) => {
      event.#dispatching = false;
      event.#currentTarget = null;
    };
    immediateStopped = (event) => event.#immediateStopped;
  }
}

const constant = (value) => ({ value, writable: false, enumerable: true, configurable: false });
Object.defineProperties(Event, {
  NONE: constant(NONE),
  CAPTURING_PHASE: constant(CAPTURING_PHASE),
  AT_TARGET: constant(AT_TARGET),
  BUBBLING_PHASE: constant(BUBBLING_PHASE),
});
Object.defineProperty(Event.prototype, Symbol.toStringTag, { value: 'Event', configurable: true });

class CustomEvent extends Event {
  #detail;

  constructor(type, options = undefined) {
    if (arguments.length === 0) throw makeNodeError('ERR_MISSING_ARGS', 'type');
    super(type, options);
    this.#detail = options?.detail ?? null;
  }

  get detail() { return this.#detail; }
}
Object.defineProperty(CustomEvent.prototype, Symbol.toStringTag, { value: 'CustomEvent', configurable: true });

// For EventTarget#dispatchEvent: marks `event` as dispatched at `target` until `end()`.
function dispatching(event, target) {
  beginDispatch(event, target);
  return { end: () => endDispatch(event), immediateStopped: () => immediateStopped(event) };
}

module.exports = { Event, CustomEvent, dispatching };
