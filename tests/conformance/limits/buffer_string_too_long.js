// Decoding a Buffer into more than 2 ** 29 - 24 characters is Node's
// ERR_STRING_TOO_LONG; exactly the maximum works.
const show = (label, e) => console.log(label, e.name, e.code, e.message);
const big = Buffer.alloc(2 ** 29);
for (const encoding of ['latin1', 'utf8', 'hex', 'base64']) {
  try {
    big.toString(encoding);
  } catch (e) {
    show(encoding, e);
  }
}
console.log('at the limit', big.toString('latin1', 0, 2 ** 29 - 24).length);
try {
  big.toString('latin1', 0, 2 ** 29 - 23);
} catch (e) {
  show('one over', e);
}
