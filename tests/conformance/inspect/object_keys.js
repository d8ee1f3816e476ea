// Checks: object keys: identifiers bare, others quoted, numeric keys quoted, symbols in brackets
console.log({ a: 1, 'b-c': 2, '1x': 3, 7: 4, '': 5, "it's": 6, [Symbol('k')]: 7, [Symbol()]: 8, $d: 9, _u: 10 });
