const a = require('./fixtures/cycle/a');
console.log('main: a.loaded =', a.loaded);
