// Checks: arrays of objects break onto lines
console.log(Array.from({ length: 8 }, (_, i) => ({ id: i, name: `item${i}` })));
console.log([{ a: 1 }, { b: 2 }]);
