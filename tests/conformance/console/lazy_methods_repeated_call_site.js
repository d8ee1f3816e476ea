// Checks: console methods beyond log/error work when one call site runs them again and again (found
// by the fuzzer: the second `console.count()`/`group()`/... from the same site, before the method
// was ever touched elsewhere, ran the method and then threw "not a callable function").
function countTwice() {
  console.count();
  console.count('label');
}
countTwice();
countTwice();
for (let i = 0; i < 3; i++) console.group(`level ${i}`);
for (let i = 0; i < 3; i++) console.groupEnd();
for (let i = 0; i < 2; i++) console.dir({ i }, { depth: 0 });
for (let i = 0; i < 2; i++) console.assert(i === 0, 'assertion', i);
for (let i = 0; i < 2; i++) console.table([{ i }]);
for (let i = 0; i < 2; i++) console.countReset('label');
console.log(console.dirxml === console.dirxml, typeof console.groupCollapsed);
const calls = [];
console.timeStamp = (...args) => calls.push(args);
for (let i = 0; i < 2; i++) console.timeStamp(i);
console.log(calls);
