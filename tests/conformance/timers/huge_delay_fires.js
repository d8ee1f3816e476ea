// Checks: a delay that overflows 32 bits fires after 1 ms (before a 100 ms timer), with the
// overflow warning on stderr. The huge timer is made first, so that the time the warning takes
// is not counted against the 100 ms timer on a loaded machine.
setTimeout(() => console.log('huge (2**31) timer fired'), 2 ** 31);
setTimeout(() => console.log('100ms timer'), 100);
