// Checks: multi-line custom results are indented to the nesting level
const { inspect } = require('util');
const o = { [inspect.custom]() { return 'line1\nline2'; } };
console.log({ a: { b: o } });
console.log(inspect(o, { customInspect: false }));
