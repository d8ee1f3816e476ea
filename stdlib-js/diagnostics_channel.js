'use strict';
// `diagnostics_channel`: named channels that publish messages to their
// subscribers, stores bound to channels (any object with `run(value, fn)`,
// such as AsyncLocalStorage), and tracing channels (start/end/asyncStart/
// asyncEnd/error) around synchronous, promise and callback work.
//
// Channels live for the life of the process here (Node drops unused ones on
// garbage collection; that is not observable through this API except by
// memory use).

function errors() {
  return require('internal/errors');
}

function validateFunction(value, name) {
  if (typeof value !== 'function') throw errors().makeNodeError('ERR_INVALID_ARG_TYPE', name, 'Function', value);
}

class Channel {
  constructor(name) {
    // Copied on every change, so a publish in progress keeps its list.
    this._subscribers = [];
    this._stores = new Map();
    this.name = name;
  }

  static [Symbol.hasInstance](instance) {
    return instance !== null && typeof instance === 'object' && channelBrand.has(instance);
  }

  get hasSubscribers() {
    return this._subscribers.length > 0 || this._stores.size > 0;
  }

  subscribe(subscription) {
    validateFunction(subscription, 'subscription');
    this._subscribers = [...this._subscribers, subscription];
  }

  unsubscribe(subscription) {
    const index = this._subscribers.indexOf(subscription);
    if (index === -1) return false;
    const next = this._subscribers.slice();
    next.splice(index, 1);
    this._subscribers = next;
    return true;
  }

  bindStore(store, transform) {
    this._stores.set(store, transform);
  }

  unbindStore(store) {
    return this._stores.delete(store);
  }

  // A subscriber that throws does not stop the others: its error is
  // rethrown on the next tick, as an uncaught exception.
  publish(data) {
    for (const onMessage of this._subscribers) {
      try {
        onMessage(data, this.name);
      } catch (err) {
        process.nextTick(() => {
          throw err;
        });
      }
    }
  }

  // Runs `fn` inside every bound store (entered with the transformed
  // message), after publishing `data`.
  runStores(data, fn, thisArg, ...args) {
    let run = () => {
      this.publish(data);
      return Reflect.apply(fn, thisArg, args);
    };
    for (const [store, transform] of this._stores) {
      const next = run;
      run = () => {
        let value = data;
        if (transform !== undefined) {
          try {
            value = transform(data);
          } catch (err) {
            process.nextTick(() => {
              throw err;
            });
            return next();
          }
        }
        return store.run(value, next);
      };
    }
    return run();
  }
}

const channelBrand = new WeakSet();
const channels = new Map();

function channel(name) {
  const existing = channels.get(name);
  if (existing !== undefined) return existing;
  if (typeof name !== 'string' && typeof name !== 'symbol') {
    throw errors().makeNodeError('ERR_INVALID_ARG_TYPE', 'channel', ['string', 'symbol'], name);
  }
  const made = new Channel(name);
  channelBrand.add(made);
  channels.set(name, made);
  return made;
}

function subscribe(name, subscription) {
  channel(name).subscribe(subscription);
}

function unsubscribe(name, subscription) {
  return channel(name).unsubscribe(subscription);
}

function hasSubscribers(name) {
  const existing = channels.get(name);
  return existing !== undefined && existing.hasSubscribers;
}

const traceEvents = ['start', 'end', 'asyncStart', 'asyncEnd', 'error'];

class TracingChannel {
  constructor(nameOrChannels) {
    if (typeof nameOrChannels === 'string') {
      for (const eventName of traceEvents) this[eventName] = channel(`tracing:${nameOrChannels}:${eventName}`);
    } else if (nameOrChannels !== null && typeof nameOrChannels === 'object') {
      for (const eventName of traceEvents) {
        const given = nameOrChannels[eventName];
        if (!(given instanceof Channel)) {
          throw errors().makeNodeError('ERR_INVALID_ARG_TYPE', `nameOrChannels.${eventName}`, 'Channel', given);
        }
        this[eventName] = given;
      }
    } else {
      throw errors().makeNodeError('ERR_INVALID_ARG_TYPE', 'nameOrChannels', ['string', 'object', 'TracingChannel'], nameOrChannels);
    }
  }

  get hasSubscribers() {
    return traceEvents.some((eventName) => this[eventName].hasSubscribers);
  }

  subscribe(handlers) {
    for (const eventName of traceEvents) {
      if (handlers[eventName]) this[eventName].subscribe(handlers[eventName]);
    }
  }

  unsubscribe(handlers) {
    let done = true;
    for (const eventName of traceEvents) {
      if (handlers[eventName] && !this[eventName].unsubscribe(handlers[eventName])) done = false;
    }
    return done;
  }

  traceSync(fn, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
    const { start, end, error } = this;
    return start.runStores(context, () => {
      try {
        const result = Reflect.apply(fn, thisArg, args);
        context.result = result;
        return result;
      } catch (err) {
        context.error = err;
        error.publish(context);
        throw err;
      } finally {
        end.publish(context);
      }
    });
  }

  tracePromise(fn, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
    const { start, end, asyncStart, asyncEnd, error } = this;
    const reject = (err) => {
      context.error = err;
      error.publish(context);
      asyncStart.publish(context);
      asyncEnd.publish(context);
      return Promise.reject(err);
    };
    const resolve = (result) => {
      context.result = result;
      asyncStart.publish(context);
      asyncEnd.publish(context);
      return result;
    };
    return start.runStores(context, () => {
      try {
        let promise = Reflect.apply(fn, thisArg, args);
        // A thenable becomes a native promise.
        if (!(promise instanceof Promise)) promise = Promise.resolve(promise);
        return promise.then(resolve, reject);
      } catch (err) {
        context.error = err;
        error.publish(context);
        throw err;
      } finally {
        end.publish(context);
      }
    });
  }

  traceCallback(fn, position = -1, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
    const { start, end, asyncStart, asyncEnd, error } = this;
    const callback = args.at(position);
    validateFunction(callback, 'callback');
    function wrappedCallback(err, res) {
      if (err) {
        context.error = err;
        error.publish(context);
      } else {
        context.result = res;
      }
      // Through runStores, so a store can be re-entered for the callback.
      return asyncStart.runStores(context, () => {
        try {
          return Reflect.apply(callback, this, arguments);
        } finally {
          asyncEnd.publish(context);
        }
      });
    }
    args.splice(position, 1, wrappedCallback);
    return start.runStores(context, () => {
      try {
        return Reflect.apply(fn, thisArg, args);
      } catch (err) {
        context.error = err;
        error.publish(context);
        throw err;
      } finally {
        end.publish(context);
      }
    });
  }
}

function tracingChannel(nameOrChannels) {
  return new TracingChannel(nameOrChannels);
}

module.exports = { channel, hasSubscribers, subscribe, tracingChannel, unsubscribe, Channel };
