// Checks: large Maps and Sets break lines and stop after maxArrayLength
const { inspect } = require('util');
const m = new Map(Array.from({ length: 30 }, (_, i) => [`key${i}`, i]));
console.log(m);
console.log(inspect(new Set(Array.from({ length: 5 }, (_, i) => i)), { maxArrayLength: 2 }));
