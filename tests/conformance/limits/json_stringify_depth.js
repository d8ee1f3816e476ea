// JSON.stringify of a value nested far deeper than the stack allows is
// Node's RangeError (Maximum call stack size exceeded), at once rather than
// after minutes; depth hidden by sharing one object at two depths counts;
// a cycle stays a TypeError; ordinary depths still serialize.
const chain = (depth, end = {}) => {
  let o = end;
  for (let i = 0; i < depth; i++) o = { o };
  return o;
};
const nestedArray = (depth) => {
  let a = [];
  for (let i = 0; i < depth; i++) a = [a];
  return a;
};
const attempt = (label, value) => {
  try {
    const text = JSON.stringify(value);
    console.log(label, 'length', text.length);
  } catch (e) {
    console.log(label, e.name, e instanceof TypeError ? '(cycle)' : e.message);
  }
};
attempt('object 1e5', chain(1e5));
attempt('object 1e6', chain(1e6));
attempt('array 1e5', nestedArray(1e5));
attempt('object 3000', chain(3000));
attempt('array 3000', nestedArray(3000));
const shared = chain(3000);
attempt('shared twice', { a: shared, b: chain(3000, shared) });
const cyclic = { a: { b: {} } };
cyclic.a.b.c = cyclic;
attempt('cycle', cyclic);
attempt('deep cycle', (() => { const c = chain(4000); let o = c; while (o.o) o = o.o; o.back = c; return c; })());
