const path = require('path');
console.log(path.resolve('/foo/bar', './baz'), path.resolve('/foo/bar', '/tmp/file/'), path.resolve('/a', 'b', '..', 'c'));
console.log(path.resolve() === process.cwd(), path.resolve('x') === process.cwd() + '/x');
for (const bad of [1, null, {}]) { try { path.join('a', bad); } catch (e) { console.log(e.code, e.message); } }
try { path.basename('/a', 5); } catch (e) { console.log(e.code, e.message); }
