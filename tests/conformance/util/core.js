// Checks: util.promisify (callback results, errors, custom symbol, multiple-arg functions,
// properties copied), callbackify (results, rejections incl. falsy ones, name/length), inherits
// (super_, errors), deprecate (once per function, once per code, code validation, noDeprecation
// off), isDeepStrictEqual, toUSVString, stripVTControlCharacters, format/formatWithOptions
// specifiers, and every util.types predicate over a set of values.
const util = require('util');
const out = [];
const log = (...a) => out.push(a.map((v) => (typeof v === 'string' ? v : util.inspect(v))).join(' '));
(async () => {
  const add = (a, b, cb) => setImmediate(() => cb(null, a + b));
  add.extra = 'copied';
  const padd = util.promisify(add);
  log('promisify', await padd(1, 2), padd.extra, padd.name, util.promisify(add) === util.promisify(add));
  const failing = (cb) => cb(new Error('boom'));
  await util.promisify(failing)().catch((e) => log('rejected', e.message));
  function custom() {}
  custom[util.promisify.custom] = () => 'custom result';
  log(util.promisify(custom) === custom[util.promisify.custom], util.promisify.custom === Symbol.for('nodejs.util.promisify.custom'));
  for (const bad of [1, null, { a: 1 }]) {
    try { util.promisify(bad); } catch (e) { log(e.code, e.message); }
  }
  const bad = () => {};
  bad[util.promisify.custom] = 5;
  try { util.promisify(bad); } catch (e) { log(e.code, e.message); }
  const cbf = util.callbackify(async (x) => x * 2);
  log('callbackify', cbf.name, cbf.length);
  await new Promise((resolve) => cbf(21, (err, v) => { log('result', err, v); resolve(); }));
  await new Promise((resolve) => util.callbackify(async () => { throw null; })((err) => { log('falsy', err.code, err.message, err.reason); resolve(); }));
  await new Promise((resolve) => util.callbackify(() => Promise.reject(new Error('r')))((err) => { log('rejected', err.message); resolve(); }));
  try { util.callbackify(1); } catch (e) { log(e.code, e.message); }
  try { cbf(1, 2); } catch (e) { log(e.code, e.message); }
  function A() {}
  A.prototype.hi = () => 'hi';
  function B() {}
  util.inherits(B, A);
  log('inherits', B.super_ === A, new B().hi(), Object.getOwnPropertyDescriptor(B, 'super_'));
  for (const [c, s] of [[null, A], [B, null], [B, {}]]) {
    try { util.inherits(c, s); } catch (e) { log(e.code, e.message); }
  }
  const dep = util.deprecate(() => 'dep', 'dep message', 'DEP_TEST');
  const dep2 = util.deprecate(() => 'dep2', 'dep2 message', 'DEP_TEST');
  log(dep(), dep(), dep2());
  const depNoCode = util.deprecate(function named() { return this; }, 'no code');
  log(depNoCode.call(7) == 7, depNoCode.name);
  for (const code of [1, true, null, {}]) {
    try { util.deprecate(() => {}, 'm', code); } catch (e) { log(e.code, e.message); }
  }
  log(util.isDeepStrictEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }), util.isDeepStrictEqual([1], ['1']), util.isDeepStrictEqual(new Set([1]), new Set([1])), util.isDeepStrictEqual(NaN, NaN), util.isDeepStrictEqual(0, -0));
  log(JSON.stringify(util.toUSVString('a\ud800b\udc00')), JSON.stringify(util.stripVTControlCharacters('\u001b[31mred\u001b[39m\u009b1m')));
  log(util.format('%s %d %i %f %j %o %O %c %%', 'str', 42.5, 42.5, '1.5', { j: 1 }, [1], { O: 1 }, 'css'), util.format('%d %i', 10n, 10n), util.format(1, 2, '%s'), util.format('%s', null, undefined));
  log(util.formatWithOptions({ colors: true }, '%O', { a: 1 }), util.format('%s', -0), util.format('%d', '0x10'), util.format('%i', 'abc'));
  const values = [new Map(), new Set(), new WeakMap(), new WeakSet(), new Date(), /x/, new ArrayBuffer(1), new DataView(new ArrayBuffer(1)),
    new Uint8Array(1), new Float64Array(1), new BigInt64Array(1), Promise.resolve(), new Proxy({}, {}), new Error('e'), new TypeError('t'),
    Object(1), Object('s'), Object(true), Object(1n), Object(Symbol('s')), (function () { return arguments; })(), async () => {},
    function* g() {}, (function* () {})(), new Map().keys(), new Set().values(), {}, [], null, 1, 'str'];
  for (const name of Object.keys(util.types).sort()) {
    log(name, values.map((v) => (util.types[name](v) ? 1 : 0)).join(''));
  }
  console.log(out.join('\n'));
})();
