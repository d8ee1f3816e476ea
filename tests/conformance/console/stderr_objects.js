// Checks: console.error formats arrays, objects and primitives exactly like console.log does.
console.error({ a: 1, b: 'x' }, [1, 'two'], -0, undefined);
console.error();
console.error('done');
