// Checks: a module namespace prints as [Module: null prototype] (also nested, with showHidden and
// from require(esm)); exports still in their temporal dead zone print as <uninitialized>.
import * as ns from './fixtures/exports.mjs';
import * as self from './module_namespace.mjs';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const { inspect } = require('util');
console.log(ns);
console.log(inspect(ns, { showHidden: true }));
console.log([ns], { ns });
console.log(require('./fixtures/exports.mjs'));
console.log(self);
export const late = 1;
export let tdz = 2;
