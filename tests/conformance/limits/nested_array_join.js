// Joining a million-deep nested array recurses join -> toString -> join
// natively; it is Node's catchable RangeError (Maximum call stack size
// exceeded) in every form, not a stack overflow. Shallow nesting and
// cyclic arrays still join.
let a = [];
for (let i = 0; i < 1e6; i++) a = [a];
for (const [name, f] of [['String', () => String(a)], ['join', () => a.join()], ['toString', () => a.toString()], ['template', () => `${a}`], ['concat', () => '' + a], ['toLocaleString', () => a.toLocaleString()]]) {
  try { console.log(name, f().length); } catch (e) { console.log(name, e.name, e.message); }
}
const shallow = [1, [2, [3, [4]]]];
console.log(String(shallow), shallow.join('-'));
const cyclic = [1, 2];
cyclic.push(cyclic);
console.log(String(cyclic));
