// A script that requires fs, util, events, assert and path (compare with hello.js: the
// difference is what loading those builtins costs on top of start-up).
const names = ['fs', 'util', 'events', 'assert', 'path'];
for (const n of names) require(n);
console.log('loaded', names.length);
