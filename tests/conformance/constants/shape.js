// Checks: require('constants'): frozen, a plain object, the os.constants groups (dlopen, errno,
// priority, signals) in Node's order with their values. (Node follows them with fs.constants and
// crypto.constants; those belong to other modules and are not printed here.)
const constants = require('constants');
const os = require('os').constants;
console.log(Object.isFrozen(constants), Object.getPrototypeOf(constants));
const groups = [os.dlopen, os.errno, os.priority, os.signals];
const keys = Object.keys(constants).filter((k) => groups.some((g) => k in g));
console.log(keys.join());
console.log(keys.every((k) => groups.some((g) => g[k] === constants[k])), constants.O_RDONLY, constants.SIGINT, constants.ENOENT);
console.log(require('node:constants') === constants);
