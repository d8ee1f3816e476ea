// Checks: util.inspect.custom is Symbol.for(nodejs.util.inspect.custom)
const { inspect } = require('util');
console.log(inspect.custom === Symbol.for('nodejs.util.inspect.custom'), typeof inspect.colors.red, inspect.styles.number);
