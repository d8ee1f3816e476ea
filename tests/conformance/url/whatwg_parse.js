// new URL(input, base): every component of many inputs, valid and not.
const cases = [
  ['https://user:pa@example.com:8080/p/a?x=1&y=2#h'],
  ['HTTP://EXAMPLE.COM:80/a/../b/./c'],
  ['http://example.com:0080/'],
  ['https://example.com:443/x'],
  ['ftp://ftp.example.org:21/file.txt'],
  ['ws://h:80/'], ['wss://h:443/'],
  ['file:///C:/Windows/x.txt'],
  ['file://localhost/etc/hosts'],
  ['file://host/share/a b'],
  ['mailto:someone@example.com?subject=hi'],
  ['javascript:alert(1)'],
  ['data:text/plain,hello world'],
  ['blob:https://example.com/uuid-1'],
  ['urn:isbn:0451450523'],
  ['non-special://host:99/p?q#f'],
  ['non-special:/a/../b'],
  ['http://[::1]:3000/x'],
  ['http://[2001:db8::ff00:42:8329]/'],
  ['http://192.168.0.257/'],
  ['http://0x7f.1/'],
  ['http://127.1/'],
  ['http://münchen.de/straße'],
  ['http://xn--mnchen-3ya.de/'],
  ['http://EXAMPLE.com./'],
  ['http://a b/'],
  ['http://exa%41mple.com/'],
  ['http://ex%00ample.com/'],
  ['https://example.com/a b/c%20d/é/😀?q=a b&é=ü#frag ment'],
  ['https://example.com/?a=\'"<>`'],
  ['  https://example.com/trim\t\n  '],
  ['https:\\\\example.com\\a\\b'],
  ['http://user@/'],
  ['http://:pass@host/'],
  ['http://user:p@ss:w@rd@host/'],
  ['http://host:65535/'], ['http://host:65536/'], ['http://host:-1/'], ['http://host:8a/'],
  ['//example.com/x', 'https://base.org/'],
  ['/absolute?x', 'https://base.org/dir/file?q#h'],
  ['relative/path', 'https://base.org/dir/file'],
  ['../up', 'https://base.org/a/b/c'],
  ['../../../../too-far', 'https://base.org/a/b'],
  ['?only-query', 'https://base.org/dir/file?old#h'],
  ['#only-hash', 'https://base.org/dir/file?q'],
  ['', 'https://base.org/dir/file?q#h'],
  ['http:foo', 'http://base.org/a/b'],
  ['https:foo', 'http://base.org/a/b'],
  ['x', 'mailto:a@b'],
  ['x', 'not a url'],
  ['foo'], [''], ['http://'], ['https://[::1'], ['http://[::g]/'], ['http://exa mple.com/'],
  ['http://%zz/'], ['http://a<b/'], ['sc://ñ.com/'], ['sc://%/'],
  [undefined], [null], [42, 'http://n.org/'],
];
for (const [input, base] of cases) {
  try {
    const u = base === undefined ? new URL(input) : new URL(input, base);
    console.log(JSON.stringify([input, base]), '->', JSON.stringify({
      href: u.href, origin: u.origin, protocol: u.protocol, username: u.username, password: u.password,
      host: u.host, hostname: u.hostname, port: u.port, pathname: u.pathname, search: u.search, hash: u.hash,
    }));
  } catch (e) {
    console.log(JSON.stringify([input, base]), 'throws', e.name, e.code, e.message, JSON.stringify(e.input), JSON.stringify(e.base), Object.keys(e));
  }
}
// canParse and parse
for (const [input, base] of [['https://a/'], ['nope'], ['x', 'https://b/'], ['x', 'nope'], ['x', undefined]]) {
  console.log(URL.canParse(input, base), String(URL.parse(input, base)));
}
const u = new URL('https://a.org/x?y=1#z');
console.log(String(u), u.toJSON(), JSON.stringify({ u }), `${u}`, u + '');
console.log(new URL(new URL('http://x.org/a')).href, new URL('b', new URL('http://x.org/a/')).href);
console.log(URL.length, URL.canParse.length, URL.parse.length, URLSearchParams.length);
