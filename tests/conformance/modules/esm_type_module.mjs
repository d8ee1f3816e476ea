import { typeModule, where } from './fixtures/typemod/mod.js';
import legacy from './fixtures/typemod/legacy.cjs';
console.log(typeModule, where, legacy);
