// Node's errors from URL and URLSearchParams.
function attempt(label, fn) {
  try {
    const v = fn();
    console.log(label, 'ok', v);
  } catch (e) {
    // Engine-made errors (no code) word their messages as the engine does.
    console.log(label, e.name, e.code, e.code ? JSON.stringify(e.message) : '', Object.keys(e));
  }
}
attempt('new URL()', () => new URL());
attempt('new URL(bad)', () => new URL('bad'));
attempt('new URL(bad, bad)', () => new URL('bad', 'worse'));
attempt('URL.canParse()', () => URL.canParse());
attempt('URL.parse()', () => URL.parse());
attempt('URL()', () => URL('http://a/'));
attempt('href getter on {}', () => Object.getOwnPropertyDescriptor(URL.prototype, 'href').get.call({}));
attempt('toString on {}', () => URL.prototype.toString.call({}));
attempt('searchParams on null', () => Object.getOwnPropertyDescriptor(URL.prototype, 'searchParams').get.call(null));
attempt('href setter bad', () => { const u = new URL('http://a/'); u.href = '::'; });
attempt('revokeObjectURL()', () => URL.revokeObjectURL());
attempt('revokeObjectURL(x)', () => URL.revokeObjectURL('blob:nothing'));
attempt('sp tuple 1', () => new URLSearchParams([['a']]));
attempt('sp tuple 3', () => new URLSearchParams([['a', 'b', 'c']]));
attempt('sp tuple num', () => new URLSearchParams([1]));
attempt('sp tuple str', () => new URLSearchParams(['ab']));
attempt('sp not iterable', () => new URLSearchParams({ [Symbol.iterator]: 42 }));
attempt('sp iterable null', () => new URLSearchParams({ [Symbol.iterator]: null, a: 1 }).toString());
const p = new URLSearchParams('a=1');
for (const m of ['append', 'delete', 'get', 'getAll', 'has', 'set']) {
  attempt(`${m}()`, () => p[m]());
  attempt(`${m}(x)`, () => p[m]('x'));
}
attempt('forEach()', () => p.forEach());
attempt('forEach(1)', () => p.forEach(1));
for (const m of ['append', 'delete', 'get', 'getAll', 'has', 'set', 'sort', 'entries', 'keys', 'values', 'toString', 'forEach']) {
  attempt(`${m} on {}`, () => URLSearchParams.prototype[m].call({}, 'a', 'b'));
}
attempt('size on {}', () => Object.getOwnPropertyDescriptor(URLSearchParams.prototype, 'size').get.call({}));
attempt('iterator next on {}', () => Object.getPrototypeOf(p.keys()).next.call({}));
attempt('URLSearchParams()', () => URLSearchParams());
// V8's words when a URL accessor gets another receiver.
for (const key of ['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port', 'pathname', 'search', 'searchParams', 'hash']) {
  const d = Object.getOwnPropertyDescriptor(URL.prototype, key);
  for (const [kind, f] of [['get', d.get], ['set', d.set]]) {
    if (!f) continue;
    try { kind === 'get' ? f.call({}) : f.call({}, 'x'); } catch (e) { console.log(key, kind, e.name, e.message); }
  }
}
for (const key of ['toString', 'toJSON']) {
  try { URL.prototype[key].call({}); } catch (e) { console.log(key, e.name, e.message); }
}
for (const m of ['append', 'get', 'has']) {
  try { new URLSearchParams()[m](Symbol('s'), 'v'); } catch (e) { console.log(m, e.name, e.message); }
}
try { new URL(Symbol('u')); } catch (e) { console.log('URL(symbol)', e.name, e.message); }
