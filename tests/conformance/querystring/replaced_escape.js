// querystring.parse/stringify use querystring.unescape/escape as the program has replaced them;
// an empty separator (String([])) never splits.
const qs = require('querystring');
const { escape, unescape } = qs;
qs.unescape = (s) => s.replace(/o/g, '_');
console.log(qs.parse('foo=bor&x=%41'));
qs.unescape = unescape;
qs.escape = (s) => `<${s}>`;
console.log(qs.stringify({ a: 'b c', n: 1 }));
qs.escape = escape;
console.log(qs.stringify({ a: 'b c' }));
console.log(qs.parse('a=1&b=2', []), qs.parse('abc', []), qs.parse('a', null, []), qs.parse('a:1;b:2', ';', ':'));
