// Checks: nesting deeper than 2 prints [Object] and [Array]
console.log({ a: { b: { c: { d: 1 } } } });
console.log([[[[1]]]]);
console.log({ l1: { l2: { l3: [1], m: new Map([[1, 2]]) } } });
