'use strict';
// util.debuglog (and util.debug): loggers switched on per section by the
// NODE_DEBUG variable (names split on `,` or spaces, `*` as a wildcard,
// case-insensitive), printing `SECTION PID: message` to stderr.

const { formatWithOptions } = require('internal/inspect');

let enabledPattern;

// NODE_DEBUG as one regular expression, read once as Node does.
function enabledSections() {
  if (enabledPattern === undefined) {
    const names = (process.env.NODE_DEBUG || '').split(/[\s,]+/).filter(Boolean)
      .map((name) => name.replace(/[|\\{}()[\]^$+?.]/g, '\\$&').replace(/\*/g, '.*'));
    enabledPattern = names.length === 0 ? null : new RegExp(`^(${names.join('|')})$`, 'i');
  }
  return enabledPattern;
}

function isEnabled(section) {
  const pattern = enabledSections();
  return pattern !== null && pattern.test(section);
}

function debuglog(section, cb) {
  let impl;
  // Decided on first use, so NODE_DEBUG set after require still counts.
  const init = () => {
    if (impl !== undefined) return;
    const upper = section.toUpperCase();
    impl = isEnabled(section) ?
      (...args) => {
        const colors = process.stderr?.isTTY === true && typeof process.stderr.hasColors === 'function' && process.stderr.hasColors();
        process.stderr.write(`${upper} ${process.pid}: ${formatWithOptions({ colors }, ...args)}\n`);
      } :
      () => {};
    impl.enabled = isEnabled(section);
    if (typeof cb === 'function') cb(impl);
  };
  const logger = (...args) => {
    init();
    impl(...args);
  };
  Object.defineProperty(logger, 'enabled', {
    get() {
      init();
      return impl.enabled;
    },
    configurable: true,
    enumerable: true,
  });
  return logger;
}

module.exports = { debuglog };
