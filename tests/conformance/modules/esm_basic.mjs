import fs from 'node:timers';
import { setTimeout as st } from 'timers';
import * as timersP from 'node:timers/promises';
console.log(typeof fs.setTimeout, st === fs.setTimeout, st === globalThis.setTimeout);
console.log(typeof require, typeof __filename, typeof module, typeof exports);
console.log('this at top-level ESM:', this);
await timersP.setTimeout(10);
console.log('top-level await ok');
