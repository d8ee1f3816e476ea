// util.inspect(o, { depth: Infinity }) of a 1000-node doubly linked chain whose last node points
// back at the first: deep nesting and a circular reference on every level.
const util = require('util');
const head = { id: 0 };
let node = head;
for (let i = 1; i < (+process.argv[2] || 1000); i++) {
  node.next = { id: i, prev: node };
  node = node.next;
}
node.next = head;
const s = util.inspect(head, { depth: Infinity });
console.log(s.length);
