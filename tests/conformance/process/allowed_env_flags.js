// process.allowedNodeEnvironmentFlags: a frozen Set that nothing changes; has() takes a flag
// with or without its dashes, '_' for '-', and a '=value' after it.
const flags = process.allowedNodeEnvironmentFlags;
for (const f of ['-r', 'r', '--require', 'require', '--r', '-R', '--expose_gc', 'expose-gc',
  '--title=x', '--conditions', '-C', '--cheeseburgers', '---require', '--eval', '--version']) {
  console.log(f, flags.has(f));
}
const size = flags.size;
flags.add('foo');
Set.prototype.add.call(flags, 'foo');
flags.delete('-r');
flags.clear();
console.log(Object.isFrozen(flags), flags instanceof Set, flags.size === size, flags.has('foo'));
console.log([...flags].every((f) => /^--?[a-zA-Z0-9._-]+$/.test(f)));
let n = 0;
const self = {};
flags.forEach(function(v, k, set) { if (this === self && v === k && set === flags) n++; }, self);
console.log(n === size, flags.keys === flags.values, [...flags.keys()].includes('foo'), [...flags.entries()][0].length);
