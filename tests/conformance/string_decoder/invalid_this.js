// StringDecoder.prototype.write on something that is not a decoder: Node's ERR_INVALID_THIS
// (after the argument check); a string argument passes through.
const { StringDecoder } = require('string_decoder');
const proto = new StringDecoder('utf8').__proto__;
for (const [self, arg] of [[proto, Buffer.from('abc')], [{}, Buffer.from('x')], [proto, 5], [proto, 'str']]) {
  try {
    console.log(proto.write.call(self, arg));
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
console.log(new StringDecoder('utf8').write(Buffer.alloc(4, 'a')));
