// Checks: StringDecoder is a function constructor that can be applied to another object, keeps its
// state under one symbol (as inspect shows), and has the prototype surface of Node's.
const { StringDecoder } = require('string_decoder');
const d = new StringDecoder('utf8');
d.write(Buffer.from([0xe2, 0x82]));
console.log(d);
console.log(d.lastChar, d.lastNeed, d.lastTotal);
const o = {};
StringDecoder.call(o, 'hex');
console.log(o.encoding, Object.keys(o));
const descriptors = Object.getOwnPropertyDescriptors(StringDecoder.prototype);
for (const [key, desc] of Object.entries(descriptors)) {
  console.log(key, desc.enumerable, desc.configurable, typeof desc.get, typeof desc.value);
}
console.log(d.end(), JSON.stringify(d.end()), d.lastNeed);
