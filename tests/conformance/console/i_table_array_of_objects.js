// Checks: console.table of an array of objects (left-aligned columns)
console.table([{ a: 1, b: 'two' }, { a: 3, c: [1, 2, 3, 4] }, { b: { nested: true } }]);
