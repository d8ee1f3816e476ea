// url.format: legacy objects, strings, and WHATWG URLs with options.
const url = require('url');
process.on('warning', (w) => console.log('warning', w.name, w.code));
const objects = [
  { protocol: 'http', host: 'a.com', pathname: '/x' },
  { protocol: 'http:', hostname: 'a.com', port: 8080, pathname: 'x', search: 'q=1', hash: 'h' },
  { protocol: 'https', hostname: '::1', port: '99', pathname: '/' },
  { protocol: 'https', hostname: '[::1]', pathname: '/' },
  { protocol: 'mailto', auth: 'user', hostname: 'x.com' },
  { protocol: 'mailto:', pathname: 'user@x.com' },
  { protocol: 'file', pathname: '/etc/x' },
  { protocol: 'file:', host: 'h', pathname: 'rel' },
  { protocol: 'ftp', slashes: false, hostname: 'f.org' },
  { protocol: 'foo', slashes: true, hostname: 'f.org', pathname: 'p' },
  { protocol: 'foo', hostname: 'f.org', pathname: 'p' },
  { auth: 'us er:p@ss:w', host: 'h.com' },
  { auth: 'é', host: 'h.com', pathname: '/é' },
  { host: 'h.com', query: { a: 1, b: ['x', 'y'], c: 'é ü' } },
  { host: 'h.com', search: '?s=1', query: { ignored: 1 } },
  { host: 'h.com', query: 'string query' },
  { pathname: '/a?b#c', search: 'x#y', hash: '#z' },
  { pathname: '/p', search: '?', hash: '#' },
  { hostname: 'h', port: 0 },
  { href: 'http://ignored/', pathname: '/only' },
  {},
  Object.assign(Object.create({ inherited: 'x' }), { host: 'own.com' }),
];
for (const o of objects) console.log(JSON.stringify(o), '->', JSON.stringify(url.format(o)));
for (const s of ['http://A.COM/x y?q=1#h', 'mailto:x@y', '/rel', '']) console.log(JSON.stringify(s), '->', url.format(s));
const w = new URL('https://user:pw@xn--mnchen-3ya.de:8443/p/ä?q=1#frag');
console.log(url.format(w));
for (const options of [{}, { fragment: false }, { unicode: true }, { search: false }, { auth: false },
  { fragment: 0, unicode: 1, search: null, auth: undefined }, { fragment: false, unicode: true, search: false, auth: false }]) {
  console.log(JSON.stringify(options), url.format(w, options));
}
console.log(url.format(new URL('file:///a/b'), { unicode: true }), url.format(new URL('mailto:a@b'), { search: false }));
console.log(url.format(new URL('http://[::1]:80/')), url.format(new URL('http://:pw@h/'), {}));
for (const bad of [undefined, null, 5, true, Symbol('s')]) {
  try { url.format(bad); } catch (e) { console.log(e.name, e.code, e.message); }
}
for (const bad of [null, 5, 'str']) {
  try { url.format(w, bad); } catch (e) { console.log(e.name, e.code, e.message); }
}
const parsed = url.parse('http://u:p@h.com:81/a/b?c=d#e');
console.log(parsed.format(), url.format(parsed));
