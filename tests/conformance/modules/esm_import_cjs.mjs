import def, { named, fn, other } from './fixtures/esm/cjsdep.cjs';
import * as ns from './fixtures/esm/cjsdep.cjs';
console.log(named, fn(), other, def.named === named);
console.log(Object.keys(ns));
import lit from './fixtures/esm/literal.cjs';
import * as litNs from './fixtures/esm/literal.cjs';
console.log(Object.keys(litNs), lit.a(), lit.b());
