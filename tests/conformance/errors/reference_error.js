// Checks: a ReferenceError raised by the engine (an undeclared variable) is reported with node's
// message and exits with code 1.
console.log('before');
console.log(notDefinedAnywhere);
