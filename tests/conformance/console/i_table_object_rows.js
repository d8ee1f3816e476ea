// Checks: console.table of an object of objects, nested values truncated
console.table({ alice: { age: 30, tags: ['a', 'b', 'c', 'd'] }, bob: { age: 4, meta: { x: 1, y: 2, z: 3 } } });
