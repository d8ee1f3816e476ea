// Checks: functions: named, anonymous, arrows, methods, async, generator, async generator
function f() {}
console.log(f, function () {}, () => {}, async function af() {}, function* g() {}, async function* ag() {}, async () => {});
console.log({ m() {}, async am() {}, *gm() {} });
const anon = [function () {}][0];
console.log(anon);
