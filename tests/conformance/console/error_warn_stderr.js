// Checks: console.error and console.warn write to stderr, with the same formatting as log.
// (Stdout and stderr are compared separately, so their interleaving is not checked.)
console.error('error');
console.warn('warn');
console.error('multiple', 'args', 1, true, null);
console.warn([1, 2, 3], { a: 1 });
