// Checks: reading a property of null raises a TypeError with V8's message; reported, exit 1.
const obj = null;
console.log(obj.foo);
