// Checks: legacy util.isX helpers
const util = require('util');
console.log(util.isArray([]), util.isBoolean(false), util.isNull(null), util.isNullOrUndefined(undefined), util.isNumber(1), util.isString(''), util.isSymbol(Symbol()), util.isUndefined(undefined), util.isRegExp(/x/), util.isObject({}), util.isObject(null), util.isDate(new Date()), util.isError(new Error()), util.isFunction(() => {}), util.isPrimitive(1), util.isPrimitive({}));
