import { join, basename, sep } from 'path';
import path from 'node:path';
import { EventEmitter, once } from 'node:events';
import assert, { strictEqual } from 'node:assert';
import { EOL, platform } from 'os';
console.log(join('a', 'b'), basename('/x/y.js'), sep, path.join === join);
console.log(typeof EventEmitter, typeof once, typeof assert, strictEqual === assert.strictEqual);
console.log(JSON.stringify(EOL), platform());
