// zlib.constants and zlib.codes: Node 24's names and values, read-only;
// the legacy constants on the module itself.
'use strict';
const zlib = require('zlib');

console.log(JSON.stringify(zlib.constants));
console.log(Object.getPrototypeOf(zlib.constants), zlib.constants.Z_MAX_CHUNK);
console.log(zlib.codes);
console.log(Object.isFrozen(zlib.codes));
try { zlib.constants.Z_OK = 1; } catch (e) { console.log(e.name); }
try { zlib.codes.Z_OK = 1; } catch (e) { console.log(e.name); }
try { zlib.codes = {}; } catch (e) { console.log(e.name); }
console.log(zlib.Z_BEST_COMPRESSION, zlib.DEFLATE, zlib.BROTLI_MODE_TEXT, Object.keys(zlib).includes('Z_OK'));
console.log(Object.keys(zlib).join(' '));
console.log(zlib.deflate.name, zlib.deflateSync.name, zlib.createGzip.name, zlib.Gzip.name, zlib.crc32.length);
