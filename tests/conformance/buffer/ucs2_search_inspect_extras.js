// Checks: indexOf/lastIndexOf/includes in 'ucs2' go by whole 2-byte units at even offsets;
// buffer.INSPECT_MAX_BYTES is settable (and validated); inspect shows a Buffer's own properties.
const buffer = require('buffer');
const { Buffer } = buffer;
const util = require('util');
const b = Buffer.from('abcabc', 'ucs2');
console.log(b.indexOf('b', 0, 'ucs2'), b.indexOf('b', 3, 'ucs2'), b.lastIndexOf('a', -1, 'ucs2'), b.lastIndexOf('c', 5, 'ucs2'));
console.log(Buffer.from('ff').includes(Buffer.from('f'), 1, 'ucs2'), Buffer.from('ff').indexOf(Buffer.from('f'), 1, 'ucs2'));
console.log(Buffer.from([0, 0x61, 0, 0x61]).indexOf(Buffer.from([0x61, 0]), 0, 'ucs2'), b.indexOf(Buffer.from('c', 'ucs2'), -4, 'utf16le'));
const withProps = Buffer.from('1234');
withProps.prop = 1;
withProps[Symbol('s')] = 'x';
Object.defineProperty(withProps, 'hidden', { value: true, enumerable: false });
console.log(util.inspect(withProps), util.inspect(withProps, { showHidden: true }));
console.log(util.inspect(Object.assign(Buffer.alloc(0), { a: [1, 2] })));
buffer.INSPECT_MAX_BYTES = 2;
console.log(util.inspect(Buffer.from('1234')), buffer.INSPECT_MAX_BYTES);
for (const bad of [-1, '2', NaN]) {
  try {
    buffer.INSPECT_MAX_BYTES = bad;
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
try { new Buffer.prototype.lastIndexOf(1, 'str') } catch (e) { console.log(e.name, e.code, e.message) }
