// Checks: querystring.escape of non-strings, multi-byte text, and surrogates: one takes the next
// unit as its partner whatever it is; one at the very end throws ERR_INVALID_URI.
const qs = require('querystring');
console.log(qs.escape(5), qs.escape({}), qs.escape([5, 10]), qs.escape('testŊōđĕ'));
console.log(qs.escape(`${String.fromCharCode(0xd801)}test`), qs.escape('\u{1F600}'), qs.escape('\udc00x'));
console.log(qs.escape({ test: 5, toString: () => 'test', valueOf: () => 10 }));
for (const bad of ['\ud801', 'ab\udc00']) {
  try {
    qs.escape(bad);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
