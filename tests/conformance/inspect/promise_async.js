// Checks: promise state seen after settling inside async code
async function f() { return 'done'; }
const p = f();
console.log(p);
p.then(() => console.log(p));
