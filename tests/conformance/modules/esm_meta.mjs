import { url, filename, dirname } from './fixtures/esm/meta.mjs';
import path from 'node:path';
console.log(url.startsWith('file:///'), url.endsWith('/fixtures/esm/meta.mjs'));
console.log(path.basename(filename), path.basename(dirname));
console.log(import.meta.url === 'file://' + import.meta.filename, import.meta.dirname === path.dirname(import.meta.filename));
console.log(Object.keys(import.meta).sort());
