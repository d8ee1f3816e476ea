const b = (p) => require('path').basename(p);
console.log(b(require.resolve('./fixtures/basic/lib')));
console.log(b(require.resolve('./fixtures/basic/dir')));
console.log(require.resolve('events'), require.resolve('node:path'));
try { require.resolve('./nope'); } catch (e) { console.log(e.code, e.message.split('\n')[0]); }
