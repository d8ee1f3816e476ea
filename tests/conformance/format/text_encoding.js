// Checks: TextEncoder/TextDecoder from util round-trip UTF-8
const util = require('util');
const enc = new util.TextEncoder();
const bytes = enc.encode('héllo € 😀');
console.log(bytes.length, Array.from(bytes).join(','));
console.log(new util.TextDecoder().decode(bytes), new util.TextDecoder().encoding);
console.log(JSON.stringify(new util.TextDecoder().decode(new Uint8Array([0xff, 0x41, 0xe2, 0x82]))));
