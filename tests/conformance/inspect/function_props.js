// Checks: functions with own properties print them in braces
function f() {}
f.x = 1;
f.y = 'two';
console.log(f);
const g = () => {};
g.meta = { a: 1 };
console.log({ g });
class S { static count = 3; }
console.log(S);
