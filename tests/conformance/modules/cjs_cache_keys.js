const b = (p) => require('path').basename(p);
require('./fixtures/basic/lib');
require('./fixtures/basic/data.json');
console.log(Object.keys(require.cache).map(b));
