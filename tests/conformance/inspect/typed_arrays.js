// Checks: typed arrays with their length, bigint typed arrays, long ones
console.log(new Uint8Array([1, 2, 3]), new Float64Array([1.5, -0]), new Int16Array(0));
console.log(new BigInt64Array([1n, -2n]));
console.log(new Uint8Array(120));
console.log(new Float32Array([0.5, 0.25, 3]));
