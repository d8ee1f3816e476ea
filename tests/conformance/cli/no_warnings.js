// --no-warnings prints no warning at all, but 'warning' events still fire.
process.on('warning', (w) => console.log('event', w.name, w.message));
process.emitWarning('a warning');
process.emitWarning('a deprecation', 'DeprecationWarning', 'DEP0999');
require('util').deprecate(() => {}, 'util.deprecate message', 'DEP0998')();
setTimeout(() => {}, -1);
