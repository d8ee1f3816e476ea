// Checks: a delay that overflows 32 bits fires after 1 ms (before a 100 ms timer), with the
// overflow warning on stderr.
setTimeout(() => console.log('100ms timer'), 100);
setTimeout(() => console.log('huge (2**31) timer fired'), 2 ** 31);
