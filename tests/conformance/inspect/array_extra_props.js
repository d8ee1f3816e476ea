// Checks: arrays with extra named and symbol properties
const a = [1, 2];
a.name = 'extra';
a[Symbol('s')] = true;
console.log(a);
const b = [];
b.only = 1;
console.log(b);
