// url.resolve and url.resolveObject on a grid of bases and relative URLs.
const url = require('url');
const bases = [
  'http://a/b/c/d;p?q', 'http://example.com/one/two/three', 'http://example.com/one/two/', 'http://example.com',
  'http://u:p@example.com/a', 'https://x.org/a/b?q#h', 'mailto:local1@domain1', 'mailto:a@b/c', 'news:comp.lang.x',
  'file:///tmp/a/b', '/relative/base/file', 'relative/base', '', 'foo:bar/baz', 'foo://host/a/b',
];
const relatives = [
  'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x', 'g;x', '', '.', './', '..', '../',
  '../g', '../..', '../../', '../../g', '../../../g', '/./g', '/../g', 'g.', '.g', 'g..', '..g', './../g',
  'g/./h', 'g/../h', 'http:g', 'https:g', 'http://other/x', 'mailto:local2@domain2', 'local2@domain2',
  'ftp:x', 'file:y', 'foo:x', '//u@h2/p', '#', '?', 'a/b/../../..', '\\back\\slash',
];
for (const base of bases) {
  for (const rel of relatives) {
    try {
      console.log(JSON.stringify(base), JSON.stringify(rel), '->', JSON.stringify(url.resolve(base, rel)));
    } catch (e) {
      console.log(JSON.stringify(base), JSON.stringify(rel), 'throws', e.name, e.message);
    }
  }
}
const r = url.resolveObject('http://a.com/b/c', '../d?x=1#y');
console.log(r);
console.log(url.resolveObject('', 'x'), url.resolveObject(undefined, 'y'));
console.log(url.parse('http://a/b').resolveObject('c'));
console.log(url.parse('mailto:a@b').resolveObject(url.parse('?subject=x')));
// The base's auth does not follow a same-scheme relative URL without `//`.
for (const [b, r] of [['mailto:user@example.org', 'mailto:another.host.com'], ['mailto:user@example.org', 'mailto:example.org'],
  ['mailto:user@example.org', 'mailto:example.org/x'], ['mailto:user@example.org', 'x'], ['mailto:user@example.org', '?q'],
  ['mailto:user@example.org', 'mailto:u2@other'], ['foo://u@h/a', 'foo://h2/b'], ['foo://u@h/a', 'foo:h2'], ['foo://u@h/a', '//h2/b'],
  ['http://u@h/a', 'http://h2/b'], ['http://u@h/a', 'http:h2'], ['mailto:user@example.org', 'mailto:/abs'], ['news:u@h/a', 'news:x/y']]) {
  console.log(b, r, url.resolve(b, r), JSON.stringify(url.resolveObject(b, r).auth));
}
