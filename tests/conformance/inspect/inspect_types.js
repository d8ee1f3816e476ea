// Checks: util.inspect on primitives returns quoted strings and formatted values
const { inspect } = require('util');
for (const v of ['s', 1, -0, 1n, true, null, undefined, Symbol('x')]) console.log(inspect(v));
