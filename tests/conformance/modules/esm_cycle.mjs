import { x, readY } from './fixtures/cycle/x.mjs';
import { late } from './fixtures/cycle/y.mjs';
console.log(x, readY(), late());
