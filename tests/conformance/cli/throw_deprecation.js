// conformance: ignore-stderr
// --throw-deprecation: a deprecation warning is thrown on a later tick (so warnings emitted
// before it are printed first); an uncaughtException listener sees it.
process.on('uncaughtException', (err, origin) => {
  console.log('uncaught', err.name, err.message, err.code, origin);
});
process.on('warning', (w) => console.log('event', w.name, w.message));
console.log(process.throwDeprecation);
process.emitWarning('first', 'CustomWarning');
process.emitWarning('thrown', 'DeprecationWarning', 'DEP0999');
console.log('after emitWarning');
