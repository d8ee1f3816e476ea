// process.exit() and process.exitCode validate the code as Node 24 does:
// an integer or a string holding one; anything else throws and leaves the
// code as it was.
const show = (what, f) => {
  try {
    f();
    console.log(what, 'ok', process.exitCode, typeof process.exitCode);
  } catch (e) {
    console.log(what, e.name, e.code, e.message);
  }
};
for (const v of ['abc', '', {}, NaN, 1.5, Infinity, true, 4n, [], 2 ** 53, -(2 ** 53)]) {
  show(`exit(${typeof v === 'bigint' ? '4n' : JSON.stringify(v)})`, () => process.exit(v));
  show(`exitCode = ${typeof v === 'bigint' ? '4n' : JSON.stringify(v)}`, () => { process.exitCode = v; });
}
for (const v of ['7', ' 3 ', '0x10', null, undefined, 0]) {
  show(`exitCode = ${JSON.stringify(v)}`, () => { process.exitCode = v; });
}
