// Checks: sparse arrays show <N empty items>
console.log([1, , 3]);
console.log([, , 1, , ,]);
const a = new Array(5);
console.log(a);
a[3] = 'x';
console.log(a);
const b = [];
b[150] = 1;
console.log(b);
