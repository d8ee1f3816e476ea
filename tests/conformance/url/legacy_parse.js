// The legacy url.parse: every field of many inputs, with and without
// parseQueryString and slashesDenoteHost.
const url = require('url');
process.on('warning', (w) => console.log('warning', w.name, w.code));
const inputs = [
  'http://user:pass@host.com:8080/p/a/t/h?query=string#hash',
  'HTTP://USER:PW@HOST.COM/PATH?Q=1#H',
  'https://example.com', 'https://example.com/', 'http://example.com:/x', 'http://example.com:abc/x',
  '//example.com/path', '///triple', '/path/only?x=1&y=2', '/path/only', 'path/rel?q', '?q=1', '#h', '',
  '  http://trim.me/  ', '\thttp://tab.me/\n', 'http:\\\\back\\slash\\path?q=\\x#\\h',
  'mailto:someone@example.com', 'mailto:foo@bar.com?subject=hi', 'javascript:alert("x")', 'JAVASCRIPT:void 0',
  'xmpp:isaacschlueter@jabber.org', 'news:comp.lang', 'file:///etc/passwd', 'file://localhost/etc/x', 'file:relative',
  'http://a.com/a b/c"d<e>f`g{h}i|j^k\'l', 'http://a.com/?a b#c d',
  'http://[::1]:8080/x', 'http://[fe80::1%25eth0]/', 'http://[bad host]/',
  'http://münchen.de/ü', 'http://xn--mnchen-3ya.de/', 'http://ÉXAMPLE.COM/',
  'http://user@host', 'http://@host', 'http://a@b@c/d', 'http://a%20b:c%3Ad@host/',
  'http://host.com:8080', 'http://host.com:8080?x', 'http://host.com#h',
  'http://x.com/p;param?q', 'http://ex_ample.com/', 'http://a*b.com/', 'http://a.com:65536/',
  'svn+ssh://foo/bar', 'dash-test://foo/bar', 'dot.test://foo/bar', 'ws://x/y', 'wss://x',
  'http://host/a/../b/./c', 'http:/one-slash', 'http:no-slash', 'HTTP:no-slash', 'foo:bar', 'foo://bar/',
  'www.example.com', 'www.example.com/x', '@user', 'user@host.com/x', '//user@host/x',
  'http://x.com/' + 'a'.repeat(10) + '?' + 'b=c&'.repeat(3),
  'http://' + 'a'.repeat(256) + '.com/', 'http://a.b.c.d.e.f/', 'http://-lead.com/',
  'http://a\u00a0b.com/', 'http://\u00a0x.com/', 'http://x.com/\u00a0', 'http://x.com?\u00a0',
];
for (const input of inputs) {
  for (const [pq, sdh] of [[false, false], [true, false], [false, true]]) {
    try {
      const u = url.parse(input, pq, sdh);
      console.log(JSON.stringify([input, pq, sdh]), JSON.stringify(u), pq ? JSON.stringify(Object.entries(u.query || {})) : '');
    } catch (e) {
      console.log(JSON.stringify([input, pq, sdh]), 'throws', e.name, e.code, e.message);
    }
  }
}
const u = url.parse('http://a.com/x?y=1');
console.log(u instanceof url.Url, u.constructor === url.Url, url.parse(u) === u, Object.keys(u));
console.log(u);
console.log(url.parse('/x?a=1&a=2&b', true).query);
console.log(new url.Url());
for (const bad of [undefined, null, 1, {}, [], true]) {
  try { url.parse(bad); } catch (e) { console.log(e.name, e.code, e.message); }
}
