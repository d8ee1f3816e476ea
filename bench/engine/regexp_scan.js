// Boa 0.22: a failing exec of a sticky or ^-anchored regex scans the whole rest of the string
// (regress has no sticky mode, so Boa searches forward and rejects a match that does not start at
// lastIndex), and every exec on a Latin-1 string first copies it to UTF-16. marked, which tries
// anchored block regexes against the rest of the document, goes quadratic on it.
//   sous bench/engine/regexp_scan.js
const s = 'x'.repeat(1e6);
let t = Date.now();
for (let i = 0; i < 200; i++) /^abc/.exec(s);
console.log('anchored ^ fail x200', Date.now() - t, 'ms'); t = Date.now();
const y = /abc/y;
for (let i = 0; i < 200; i++) { y.lastIndex = 0; y.exec(s); }
console.log('sticky fail x200', Date.now() - t, 'ms'); t = Date.now();
for (let i = 0; i < 200; i++) /^x/.exec(s);
console.log('anchored ^ success x200', Date.now() - t, 'ms'); t = Date.now();
for (let i = 0; i < 200; i++) s.slice(1);
console.log('slice x200', Date.now() - t, 'ms');
