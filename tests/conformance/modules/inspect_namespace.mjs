// Checks: util.inspect of module namespace objects (found by the module-resolution fuzzer):
// `[Module: null prototype]`, even when empty, and `<uninitialized>` for exports still in their
// temporal dead zone during an import cycle.
import { inspect, types } from 'node:util';
import * as values from './fixtures/namespace/values.mjs';
import * as empty from './fixtures/namespace/empty.mjs';
import './fixtures/namespace/tdz_a.mjs';

console.log(values);
console.log(empty, [empty]);
console.log(inspect(values, { showHidden: true }));
console.log(inspect({ a: { b: { values } } }, { depth: 1 }));
console.log(inspect(values, { compact: false }));
console.log(types.isModuleNamespaceObject(values), types.isModuleNamespaceObject({}));
const dynamic = await import('./fixtures/namespace/values.mjs');
console.log(dynamic === values, `${inspect(dynamic, { colors: true })}`);
