// Checks: util.inspect.custom returning strings, objects and receiving depth and options
const { inspect } = require('util');
class Temp { constructor(c) { this.c = c; } [inspect.custom](depth, options, insp) { return `Temp<${this.c}>`; } }
console.log(new Temp(21), [new Temp(1)], { t: new Temp(2) });
const o = { [Symbol.for('nodejs.util.inspect.custom')](depth, opts) { return { depth, compact: opts.compact, same: opts.stylize !== undefined }; } };
console.log(o);
console.log({ nested: { deeper: o } });
