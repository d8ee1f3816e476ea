// util.inspect and console.log of URL, URLSearchParams and their iterators.
const util = require('util');
const u = new URL('https://user:pass@sub.example.com:8080/a/b?x=1&y=%20z#hash');
console.log(u);
console.log(new URL('file:///tmp/a b'));
console.log(new URL('mailto:x@y.z'));
console.log(util.inspect(u, { depth: 0 }));
console.log(util.inspect({ nested: { deeper: { url: u, params: u.searchParams } } }));
console.log(util.inspect([u], { compact: false }).split('\n').length);
console.log(util.inspect(u, { colors: true }));
console.log(new URLSearchParams());
console.log(new URLSearchParams('a=1&b=2&a=3'));
console.log(new URLSearchParams('long=' + 'x'.repeat(60) + '&other=' + 'y'.repeat(20)));
console.log(util.inspect(new URLSearchParams('a=1'), { colors: true }));
console.log(util.inspect({ p: new URLSearchParams('a=1') }, { depth: 0 }));
console.log(util.inspect(new URLSearchParams('q="quoted"&s=\'single\'')));
const p = new URLSearchParams('k=v&k2=v2&k3=v3');
console.log(p.keys(), p.values(), p.entries());
const it = p.entries();
it.next();
console.log(it);
it.next(); it.next();
console.log(it);
console.log(new URLSearchParams('a=' + 'z'.repeat(80)).entries());
console.log(util.format('%s %o', u.searchParams, new URLSearchParams('o=1')));
class MyURL extends URL {}
console.log(new MyURL('http://sub.class/'));
class MyParams extends URLSearchParams {}
console.log(new MyParams('s=1'));
console.log(Object.prototype.toString.call(u), u[Symbol.toStringTag], p[Symbol.toStringTag]);
console.log(Object.keys(u), Object.keys(URL.prototype), JSON.stringify(Object.getOwnPropertyNames(u)));
