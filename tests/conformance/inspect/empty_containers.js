// Checks: empty containers of each kind
console.log({}, [], new Map(), new Set(), '', Object.create(null), new Uint8Array(0), new ArrayBuffer(0));
console.log({ a: {}, b: [], c: [[]] });
