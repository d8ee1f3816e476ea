'use strict';
// A class that can also be called without `new`, as Node's function-style
// constructors can (`net.Socket()`, `http.Agent()`): the function returned
// shares the class's prototype, so `instanceof` and subclassing work.

function callableClass(Class) {
  const Callable = function(...args) {
    return Reflect.construct(Class, args, new.target ?? Callable);
  };
  Object.defineProperty(Callable, 'name', { value: Class.name, configurable: true });
  Callable.prototype = Class.prototype;
  Object.defineProperty(Class.prototype, 'constructor', {
    value: Callable, writable: true, enumerable: false, configurable: true,
  });
  Object.setPrototypeOf(Callable, Object.getPrototypeOf(Class));
  for (const key of Reflect.ownKeys(Class)) {
    if (key === 'prototype' || key === 'length' || key === 'name') continue;
    Object.defineProperty(Callable, key, Object.getOwnPropertyDescriptor(Class, key));
  }
  return Callable;
}

module.exports = { callableClass };
