const { createRequire } = require('module');
const r = createRequire(__dirname + '/fixtures/nm/deep/nested/x.js');
console.log(r('plain'), r('@scope/pkg'), r.resolve('withmain').endsWith('withmain/main.js'));
