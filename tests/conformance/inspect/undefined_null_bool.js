// Checks: undefined, null and booleans at top level and nested
console.log(undefined, null, true, false);
console.log([undefined, null, true], { u: undefined, n: null });
