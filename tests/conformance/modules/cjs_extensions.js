console.log(require('./fixtures/basic/other.cjs'));
console.log(require('./fixtures/basic/dir'));
console.log(require('./fixtures/basic/dir/'));
console.log(require('./fixtures/basic/withmain'));
