// Checks: a class passes the "callback must be a function" check (typeof is 'function'); it only
// fails when the timer fires, as a TypeError reported to uncaughtException.
process.on('uncaughtException', (e, origin) => console.log('uncaught:', e.constructor.name, origin));
setTimeout(class A {}, 1);
console.log('scheduled a class without a synchronous error');
