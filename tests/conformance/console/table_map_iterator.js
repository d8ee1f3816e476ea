// console.table of a Map's or a Set's iterator shows what it has left, without using it up.
const map = new Map([[1, 'a'], [2, 'b']]);
const entries = map.entries();
console.table(entries);
console.table(map.values());
console.table(new Set(['x', 'y']).values());
console.log(entries.next().value);
