// JSON.parse over a deterministic random corpus: nesting, every escape, unicode
// (astral, lone surrogates), numbers (-0, exponents, huge integers, overflow),
// duplicate keys (first position, last value), "__proto__" as an own property and
// integer-like keys (enumerated first). Prints a digest of each parse: the value
// re-stringified, key orders, and own-vs-prototype checks.
let seed = 12345;
function rand(n) {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return (seed >>> 8) % n;
}
const pick = (list) => list[rand(list.length)];
const NUMBERS = ['0', '-0', '1', '-1', '1.5', '-0.0', '1e3', '1E-3', '2.5e+10', '1e400', '-1e400',
  '123456789012345678901234567890', '9007199254740993', '0.1', '5e-324', '4.9e-325',
  '2147483647', '2147483648', '-2147483648', '-2147483649', '999999999', '1000000000', '0e0'];
const ESCAPES = ['\\"', '\\\\', '\\/', '\\b', '\\f', '\\n', '\\r', '\\t', '\\u0000', '\\u001f',
  '\\u00e9', '\\uD83D\\uDE00', '\\ud800', '\\uDFFF', '\\u2028', '\\uFFFF', '\\u0041'];
const CHARS = ['a', 'b', 'Z', ' ', 'é', 'ß', '中', '😀', '\u2028', '\u007f', '\u00ff', '~'];
const KEYS = ['a', 'b', '__proto__', '0', '1', '10', '2', '-1', '01', '4294967295', '4294967294',
  '', 'constructor', 'toString', 'x y'];
function str() {
  let s = '"';
  const n = rand(6);
  for (let i = 0; i < n; i++) s += rand(3) === 0 ? pick(ESCAPES) : pick(CHARS);
  return s + '"';
}
const WS = ['', ' ', '\n', '\t', '\r\n', '  '];
function value(depth) {
  const r = rand(depth > 5 ? 5 : 8);
  switch (r) {
    case 0: return pick(NUMBERS);
    case 1: return str();
    case 2: return pick(['true', 'false', 'null']);
    case 3: return pick(NUMBERS);
    case 4: return str();
    case 5: case 6: {
      const n = rand(5);
      const items = [];
      for (let i = 0; i < n; i++) items.push(pick(WS) + value(depth + 1) + pick(WS));
      return '[' + items.join(',') + pick(WS) + ']';
    }
    default: {
      const n = rand(6);
      const members = [];
      for (let i = 0; i < n; i++) {
        const key = rand(4) === 0 ? str() : JSON.stringify(pick(KEYS));
        members.push(pick(WS) + key + pick(WS) + ':' + pick(WS) + value(depth + 1));
      }
      return '{' + members.join(',') + pick(WS) + '}';
    }
  }
}
function digest(v) {
  // JSON.stringify escapes lone surrogates, so the digest is plain ASCII.
  const parts = [JSON.stringify(v)];
  const walk = (x) => {
    if (x === null || typeof x !== 'object') {
      if (Object.is(x, -0)) parts.push('-0');
      return;
    }
    if (Array.isArray(x)) { x.forEach(walk); return; }
    parts.push(Object.keys(x).join('|'));
    if (Object.prototype.hasOwnProperty.call(x, '__proto__')) {
      parts.push('own __proto__ ' + (Object.getPrototypeOf(x) === Object.prototype));
    }
    Object.values(x).forEach(walk);
  };
  walk(v);
  return parts.join(' ');
}
for (let i = 0; i < 400; i++) {
  const text = value(0);
  console.log(i, digest(JSON.parse(text)));
}
