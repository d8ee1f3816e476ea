// --expose-gc defines a global gc(): it returns undefined and objects stay usable.
const kept = { a: [1, 2, 3] };
for (let i = 0; i < 1000; i++) ({ garbage: new Array(100).fill(i) });
console.log(typeof gc, gc.length, gc(), kept.a.join());
console.log(Object.getOwnPropertyDescriptor(globalThis, 'gc').enumerable);
