// Checks: Node 24 keeps util.isArray (deprecated) and removed the other legacy util.isX helpers
const util = require('util');
const names = ['isArray', 'isBoolean', 'isBuffer', 'isDate', 'isError', 'isFunction', 'isNull', 'isNullOrUndefined',
  'isNumber', 'isObject', 'isPrimitive', 'isRegExp', 'isString', 'isSymbol', 'isUndefined', 'isDeepStrictEqual'];
console.log(names.map((n) => `${n}: ${typeof util[n]}`).join('\n'));
console.log(util.isArray([]), util.isArray({}));
