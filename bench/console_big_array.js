// console.log of a 1e6-element array: inspect shows the first 100 (maxArrayLength) and a count
// of the rest, so the cost should not grow with the array's length.
const a = new Array(1e6).fill(7);
console.log(a);
