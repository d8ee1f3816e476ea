// process.binding (DEP0111, silent without --pending-deprecation): 'util' holds util.types'
// own functions, 'constants' the modules' constants objects, an unknown name throws Node's Error.
const util = require('util');
const utilBinding = process.binding('util');
console.log(Object.keys(utilBinding).sort().join(' '));
console.log(Object.keys(utilBinding).every((k) => utilBinding[k] === util.types[k]));
console.log(process.binding('util') === utilBinding, process.binding('constants') === process.binding('constants'));
const constants = process.binding('constants');
console.log(constants.fs === require('fs').constants, constants.os === require('os').constants,
  constants.crypto === require('crypto').constants, constants.zlib === require('zlib').constants);
for (const name of ['nope', 1, 'async_wrap']) {
  try {
    process.binding(name);
  } catch (err) {
    console.log(err.constructor.name, err.code, err.message);
  }
}
console.log(process.binding.name, process.binding.length);
