// Checks: console.dir ignores custom inspect and takes options
const o = { a: { b: { c: { d: 1 } } }, [Symbol.for('nodejs.util.inspect.custom')]() { return 'custom'; } };
console.dir(o);
console.dir(o, { depth: 0 });
console.dir('a string');
console.log(o);
