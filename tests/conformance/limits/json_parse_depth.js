// JSON.parse of deeply nested arrays and objects (1e5 levels, and 1e6 for
// arrays) builds the whole value: Node parses iteratively, and so must sous on
// any stack. (A million objects take sous ~3 s alone, too close to the case
// time limit on a loaded machine; tests/embed_stack.rs parses 1e6 objects.)
// Prints the depth walked back down (iteratively) and what sits at the bottom.
function depthOf(value) {
  let depth = 0;
  while (value !== null && typeof value === 'object') {
    depth++;
    value = Array.isArray(value) ? value[0] : value.k;
  }
  return [depth, JSON.stringify(value)];
}
for (const n of [1e5, 1e6]) {
  const arrays = JSON.parse('['.repeat(n) + '7' + ']'.repeat(n));
  console.log('arrays', n, depthOf(arrays));
}
for (const n of [1e5]) {
  const objects = JSON.parse('{"k":'.repeat(n) + '"end"' + '}'.repeat(n));
  console.log('objects', n, depthOf(objects));
  const mixed = JSON.parse('[{"k":'.repeat(n / 2) + 'null' + '}]'.repeat(n / 2));
  console.log('mixed', n, depthOf(mixed));
}
// An unclosed deep text is still a SyntaxError, not a crash.
try {
  JSON.parse('['.repeat(1e5));
} catch (e) {
  console.log(e.name, e.message);
}
try {
  JSON.parse('{"k":'.repeat(1e5) + '1' + '}'.repeat(1e5 - 1) + ']');
} catch (e) {
  console.log(e.name, e.message);
}
