// Every setter of URL, valid and refused values, and the link to searchParams.
const setters = {
  protocol: ['ftp', 'HTTPS:', 'file', 'foo', '1bad', 'http:ignored', 'mailto', ''],
  username: ['me', 'a b@c', '', 'ü'],
  password: ['secret', 'p:w@', ''],
  host: ['other.org', 'other.org:99', 'Ex.COM:443', '[::1]:8', 'bad host', 'h:99999', ''],
  hostname: ['other.org', 'x.org:99', 'ÉCOLE.fr', 'a/b', ''],
  port: ['8080', '443', '80', '', '99999', 'abc', '12ab', -1, 3.7],
  pathname: ['/new/path', 'no-slash', '/a b/%/é', '/../x', ''],
  search: ['?a=1&b=2', 'c=3', '?', '', 'sp ace=é', '#no'],
  hash: ['#frag', 'frag2', '#', '', 'a b'],
};
const bases = ['https://user:pw@example.com:8443/p/a?q=1#h', 'file:///tmp/x', 'mailto:a@b.c', 'sc://h/p'];
for (const base of bases) {
  for (const [key, values] of Object.entries(setters)) {
    for (const value of values) {
      const u = new URL(base);
      u[key] = value;
      console.log(base, key, JSON.stringify(value), '->', u.href, JSON.stringify(u[key]));
    }
  }
}
// href setter
const h = new URL('https://a.org/');
h.href = 'http://b.org/x?k=v';
console.log(h.href, h.host, h.searchParams.get('k'));
try { h.href = 'not a url'; } catch (e) { console.log(e.name, e.code, e.message, e.input, h.href); }
// origin is read-only
h.origin = 'http://evil/';
console.log(h.origin);
// searchParams follows search and href, and updates them
const s = new URL('https://x.org/?a=1&b=2');
const p = s.searchParams;
console.log(p === s.searchParams, p.get('a'));
s.search = '?c=3';
console.log(p.get('a'), p.get('c'), [...p]);
p.append('d', '4 5');
console.log(s.href, s.search);
p.delete('c');
p.delete('d');
console.log(s.href, JSON.stringify(s.search));
s.href = 'https://y.org/?z=9';
console.log([...p], p.toString());
s.hash = 'h';
p.set('z', 'é&=');
console.log(s.href);
p.sort();
console.log(s.href);
const t = new URL('https://x.org/?a+b=c%20d&e');
console.log([...t.searchParams], t.search);
t.searchParams.set('q', '1');
console.log(t.search);
