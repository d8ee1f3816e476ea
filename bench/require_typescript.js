// require() of the TypeScript compiler (one 8.9 MB file; bench/npm_packages.sh installs it),
// then one small transpile. Prints the require time.
const t = Date.now();
const ts = require('typescript');
const loaded = Date.now() - t;
const out = ts.transpileModule('const x: number = 1;', { compilerOptions: {} }).outputText.trim();
console.log(`require('typescript') in ${loaded} ms; ${out}`);
