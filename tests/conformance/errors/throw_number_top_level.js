// Checks: throwing a number at top level is reported like other non-Error values.
console.log('before');
throw 42;
