const path = require('path');
for (const p of ['/home/u/f.txt', 'f', '/', '', './a.b.c', '/a/.hidden', 'dir/']) console.log(JSON.stringify(p), path.parse(p));
console.log(path.format({ dir: '/x', name: 'f', ext: 'js' }), path.format({ root: '/', base: 'b.txt' }), path.format({ name: 'n', ext: '.e' }));
console.log(path.format({ root: '/', dir: '/', base: 'x' }));
