import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
console.log(require('./fixtures/basic/other.cjs'));
const exp = await import('./fixtures/nm/node_modules/exp/esm.mjs');
console.log(exp.kind, exp.default);
