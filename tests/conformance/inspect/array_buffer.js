// Checks: ArrayBuffer with [Uint8Contents] and byteLength, DataView
const ab = new ArrayBuffer(4);
new Uint8Array(ab).set([1, 2, 255, 16]);
console.log(ab);
console.log(new ArrayBuffer(0));
console.log(new DataView(ab, 1, 2));
