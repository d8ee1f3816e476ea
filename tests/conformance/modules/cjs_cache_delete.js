const a = require('./fixtures/basic/counter');
const b = require('./fixtures/basic/counter');
console.log(a === b, a.loads);
const key = require.resolve('./fixtures/basic/counter');
delete require.cache[key];
const c = require('./fixtures/basic/counter');
console.log(a === c, c.loads, key in require.cache);
