// Checks: console.log() with no arguments prints an empty line; console.log(undefined) prints
// "undefined".
console.log('before');
console.log();
console.log(undefined);
console.log('after');
