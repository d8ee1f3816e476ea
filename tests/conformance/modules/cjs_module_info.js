const info = require('./fixtures/basic/info');
console.log(JSON.stringify(info));
console.log(module.children.length, require('path').basename(module.children[0].filename));
