// v8's plain-script surface: field names and types, flags, tags, strings.
const v8 = require('v8');
const stats = v8.getHeapStatistics();
console.log(Object.keys(stats));
console.log(Object.values(stats).every((v) => typeof v === 'number' && v >= 0));
console.log(stats.used_heap_size > 0, stats.heap_size_limit > stats.used_heap_size, stats.number_of_native_contexts);
const spaces = v8.getHeapSpaceStatistics();
console.log(spaces.map((s) => s.space_name));
console.log(Object.keys(spaces[0]), spaces.some((s) => s.space_used_size > 0));
console.log(Object.keys(v8.getHeapCodeStatistics()));
const tag = v8.cachedDataVersionTag();
console.log(typeof tag, Number.isInteger(tag), tag === v8.cachedDataVersionTag());
console.log(v8.setFlagsFromString('--expose_gc'), v8.setFlagsFromString('--allow_natives_syntax'), typeof globalThis.gc);
for (const s of ['', 'abc', 'caf\u00e9', '\u00ff', '\u0100', '\u20ac', '\u{1F600}']) {
  console.log(JSON.stringify(s), v8.isStringOneByteRepresentation(s));
}
for (const [f, arg] of [[v8.setFlagsFromString, 1], [v8.isStringOneByteRepresentation, null], [v8.setFlagsFromString, undefined]]) {
  try {
    f(arg);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
// The version tag follows the flags set.
const before = v8.cachedDataVersionTag();
v8.setFlagsFromString('--max-lazy');
console.log(before === v8.cachedDataVersionTag());
