// JSON.parse with a reviver: the InternalizeJSONProperty walk (bottom-up, holder
// `this`, key as a string), deleting on undefined, changes the reviver makes to
// later siblings, and Node 24's third argument: { source } for a primitive still
// as parsed, {} for objects, arrays and replaced values.
const show = (v) => JSON.stringify(v);
const log = [];
const result = JSON.parse('{"a":[1,-0,1.50,"x\\u0041"],"b":{"c":null,"d":true},"e":1e2,"a":[7]}',
  function (key, value, context) {
    log.push(`${show(key)} ${typeof value} ${show(value)} this=${Object.keys(this)} ctx=${show(context)} ` +
      `plain=${Object.getPrototypeOf(context) === Object.prototype}`);
    return value;
  });
console.log(log.join('\n'));
console.log(show(result));

// Deleting: undefined removes the property (an array keeps a hole).
console.log(show(JSON.parse('{"a":1,"b":2,"c":[1,2,3]}', (k, v) => (k === 'b' || k === '1' ? undefined : v))));
const holes = JSON.parse('[1,2,3]', (k, v) => (k === '1' ? undefined : v));
console.log(holes.length, 1 in holes, show(holes));

// The reviver changes a later sibling: it is revived with its new value, and
// its source is gone (or kept when the value is the same).
console.log(show(JSON.parse('[1,2,3]', function (k, v, c) {
  if (k === '0') { this[1] = 20; this[2] = 3; }
  return k === '' ? v : [v, c];
})));
console.log(show(JSON.parse('{"a":1,"b":{"c":2}}', function (k, v, c) {
  if (k === 'a') this.b = { c: 2 };
  return k === '' ? v : [v, c];
})));

// Replacing values and growing arrays during the walk.
console.log(show(JSON.parse('[1,[2,3]]', function (k, v) {
  if (k === '0' && Array.isArray(this[1])) this[1].push(4);
  return typeof v === 'number' ? v * 10 : v;
})));
console.log(show(JSON.parse('{"x":{"y":1}}', (k, v) => (k === 'y' ? { z: [v] } : v))));

// Only a callable reviver counts; errors from it propagate.
console.log(show(JSON.parse('[1]', 'not a function')), show(JSON.parse('[1]', {})));
try {
  JSON.parse('{"a":{"b":1}}', (k) => { if (k === 'b') throw new TypeError('from reviver'); });
} catch (e) {
  console.log(e.name, e.message);
}

// Sources of primitives are their exact text.
console.log(show(JSON.parse('[-0, 1.50, 1E+2, "x\\u0041\\n", false, null, 12345678901234567890]',
  (k, v, c) => (k === '' ? v : [v, c.source]))));

// Reviver over a deep value walks every level (Node's recursive walk overflows
// its stack by 5,000 levels; sous's walk has no such limit).
const depth = 1000;
let visited = 0;
JSON.parse('['.repeat(depth) + ']'.repeat(depth), (k, v) => { visited++; return v; });
console.log('visited', visited);

console.log(JSON.parse.length, JSON.parse.name, Object.keys(JSON));
