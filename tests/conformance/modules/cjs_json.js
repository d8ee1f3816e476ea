const data = require('./fixtures/basic/data.json');
console.log(data, data === require('./fixtures/basic/data'));
