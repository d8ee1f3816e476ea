console.log(this === module.exports, this === exports);
console.log(require('./fixtures/basic/this'));
