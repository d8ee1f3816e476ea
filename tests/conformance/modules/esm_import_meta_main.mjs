// Checks: import.meta.main is true in the entry module only; CommonJS facades export
// 'module.exports' (Node 24).
import { isMain } from './fixtures/esm/meta_main.mjs';
import * as ns from './fixtures/esm/cjsdep.cjs';
console.log('entry', import.meta.main, 'imported', isMain);
console.log(ns['module.exports'] === ns.default);
