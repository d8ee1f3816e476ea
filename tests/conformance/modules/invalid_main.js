// A package.json "main" that names no file: the directory's index.js is loaded, with
// DEP0128 naming the package.json and its "main".
console.log(require('./fixtures/badmain'));
