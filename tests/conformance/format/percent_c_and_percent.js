// Checks: %c consumes an argument and prints nothing; %% prints %
const util = require('util');
console.log(util.format('a%cb%%c', 'color: red'));
console.log(util.format('100%%'), util.format('100%%', 1), util.format('%%s %s', 'x'));
