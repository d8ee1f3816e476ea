// Checks: Map(n) and Set(n) with entries, empty ones, nested
console.log(new Map([[1, 'one'], ['two', { n: 2 }]]));
console.log(new Set([1, 'a', [2]]));
console.log(new Map(), new Set());
console.log({ m: new Map([[{ k: 1 }, new Set([1])]]) });
