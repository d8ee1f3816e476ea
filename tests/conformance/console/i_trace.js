// Checks: console.trace prints Trace: message with frames to stderr
function inner() { console.trace('tracing %s', 'here', { a: 1 }); }
inner();
console.trace();
