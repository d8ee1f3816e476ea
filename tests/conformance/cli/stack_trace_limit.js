// --stack-trace-limit=n: V8's first Error.stackTraceLimit, and the frames an error keeps.
function a() { return b(); }
function b() { return c(); }
function c() { return new Error('x'); }
console.log(Error.stackTraceLimit);
console.log(a().stack.split('\n').filter((l) => l.startsWith('    at ')).length);
