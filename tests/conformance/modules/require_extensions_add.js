// require.extensions (Module._extensions): the default table, and an entry a program adds
// is used by the loader, with or without the extension in the request.
const Module = require('module');
const fs = require('fs');
console.log(require.extensions === Module._extensions, Object.keys(require.extensions));
console.log(Module._extensions['.js'].name, typeof Module._extensions['.json']);
require.extensions['.txt'] = (m, filename) => { m.exports = fs.readFileSync(filename, 'utf8'); };
console.log(JSON.stringify(require('./fixtures/hooks/notes.txt')));
console.log(JSON.stringify(require('./fixtures/hooks/notes')));
const cached = require.cache[require.resolve('./fixtures/hooks/notes.txt')];
console.log(cached.loaded, cached.id.endsWith('notes.txt'), module.children.includes(cached));
console.log(require('./fixtures/hooks/b.js'));
