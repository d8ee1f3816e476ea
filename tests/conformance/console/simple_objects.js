// Checks: simple objects print util.inspect style: `{ a: 1, b: 'x' }`, empty `{}`, nesting,
// quoted keys that are not identifiers.
console.log({ a: 1, b: 'x' });
console.log({});
console.log({ nested: { inner: true }, list: [1, 2] });
console.log({ 'key-with-dash': 1, valid_id: 2 });
console.log({ u: undefined, n: null });
console.log([{ a: 1 }, { b: 2 }]);
