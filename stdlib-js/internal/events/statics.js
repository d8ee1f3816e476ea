'use strict';
// The functions node:events exports beside EventEmitter: once, getEventListeners,
// getMaxListeners, setMaxListeners, listenerCount and addAbortListener. Each takes an
// EventEmitter or an EventTarget (internal/abort.js).

const { validateNumber, validateFunction, validateAbortSignal, validateObject } = require('internal/events/validate');
// EventTarget and the errors load on first use: most programs that require node:events never
// call these functions.
const errors = () => require('internal/errors');
const makeNodeError = (...args) => errors().makeNodeError(...args);
const makeAbortError = (...args) => errors().makeAbortError(...args);
const abort = () => require('internal/abort');

function isEventTarget(x) {
  return x instanceof abort().EventTarget;
}

function isEmitter(x) {
  return x !== null && typeof x === 'object' && typeof x.on === 'function' && typeof x.emit === 'function';
}

function notEmitter(name, x) {
  return makeNodeError('ERR_INVALID_ARG_TYPE', name, ['EventEmitter', 'EventTarget'], x);
}

function getEventListeners(emitterOrTarget, type) {
  if (typeof emitterOrTarget?.listeners === 'function') return emitterOrTarget.listeners(type);
  if (isEventTarget(emitterOrTarget)) {
    const list = emitterOrTarget[abort().kListeners].get(`${type}`) || [];
    return list.map((entry) => entry.listener);
  }
  throw notEmitter('emitter', emitterOrTarget);
}

function getMaxListeners(emitterOrTarget) {
  if (typeof emitterOrTarget?.getMaxListeners === 'function') return emitterOrTarget.getMaxListeners();
  if (isEventTarget(emitterOrTarget)) {
    const own = emitterOrTarget[abort().kMaxListeners];
    if (own !== undefined) return own;
    return emitterOrTarget instanceof abort().AbortSignal ? 0 : require('events').defaultMaxListeners;
  }
  throw notEmitter('emitter', emitterOrTarget);
}

function setMaxListeners(n = require('events').defaultMaxListeners, ...eventTargets) {
  validateNumber(n, 'setMaxListeners', 0);
  if (eventTargets.length === 0) {
    require('events').defaultMaxListeners = n;
    return;
  }
  for (const target of eventTargets) {
    if (isEventTarget(target)) {
      target[abort().kMaxListeners] = n;
    } else if (typeof target?.setMaxListeners === 'function') {
      target.setMaxListeners(n);
    } else {
      throw notEmitter('eventTargets', target);
    }
  }
}

function listenerCount(emitterOrTarget, type) {
  if (typeof emitterOrTarget?.listenerCount === 'function') return emitterOrTarget.listenerCount(type);
  if (isEventTarget(emitterOrTarget)) return getEventListeners(emitterOrTarget, type).length;
  const events = emitterOrTarget?._events;
  const l = events?.[type];
  if (l === undefined) return 0;
  return typeof l === 'function' ? 1 : l.length;
}

function addAbortListener(signal, listener) {
  if (signal === undefined) throw makeNodeError('ERR_INVALID_ARG_TYPE', 'signal', 'AbortSignal', signal);
  validateAbortSignal(signal, 'signal');
  validateFunction(listener, 'listener');
  let remove;
  if (signal.aborted) {
    queueMicrotask(() => listener());
  } else {
    signal.addEventListener('abort', listener, { __proto__: null, once: true, [abort().kResistStopPropagation]: true });
    remove = () => signal.removeEventListener('abort', listener);
  }
  return {
    __proto__: null,
    [Symbol.dispose || Symbol.for('nodejs.dispose')]() {
      if (remove) remove();
      remove = undefined;
    },
  };
}

// Resolves with the arguments of the next `name` event (an array); rejects on 'error'
// (EventEmitter only) or when options.signal aborts.
async function once(emitter, name, options = {}) {
  validateObject(options, 'options');
  const signal = options.signal;
  validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) throw makeAbortError(signal.reason);
  if (!isEmitter(emitter) && !isEventTarget(emitter)) throw notEmitter('emitter', emitter);
  return new Promise((resolve, reject) => {
    let disposer;
    const onError = (err) => {
      off(emitter, name, resolver);
      if (disposer) disposer[Symbol.dispose || Symbol.for('nodejs.dispose')]();
      reject(err);
    };
    const resolver = (...args) => {
      if (isEmitter(emitter) && name !== 'error') emitter.removeListener('error', onError);
      if (disposer) disposer[Symbol.dispose || Symbol.for('nodejs.dispose')]();
      resolve(args);
    };
    if (isEventTarget(emitter)) {
      emitter.addEventListener(name, resolver, { __proto__: null, once: true });
    } else {
      emitter.once(name, resolver);
      if (name !== 'error') emitter.once('error', onError);
    }
    if (signal) {
      disposer = addAbortListener(signal, () => {
        off(emitter, name, resolver);
        if (isEmitter(emitter)) emitter.removeListener('error', onError);
        reject(makeAbortError(signal.reason));
      });
    }
  });
}

function off(emitter, name, listener) {
  if (isEventTarget(emitter)) emitter.removeEventListener(name, listener);
  else emitter.removeListener(name, listener);
}

module.exports = { once, getEventListeners, getMaxListeners, setMaxListeners, listenerCount, addAbortListener };
