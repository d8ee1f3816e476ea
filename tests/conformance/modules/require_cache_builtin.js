// require.cache stands in for a bare builtin name ('fs'), never for 'node:fs'.
const fake = { fake: true };
require.cache.fs = { exports: fake };
console.log(require('fs') === fake, require('node:fs') === fake, typeof require('node:fs').readFileSync);
delete require.cache.fs;
console.log(require('fs') === require('node:fs'));
