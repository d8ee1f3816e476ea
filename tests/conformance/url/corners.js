// Corners: unicode formatting of IP hosts, opaque paths, the query list when search empties.
const url = require('url');
console.log(url.format(new URL('http://[::1]:81/'), { unicode: true }), url.format(new URL('http://192.168.0.1/'), { unicode: true }), url.format(new URL('http://xn--n3h.net/'), { unicode: true }));
console.log(url.domainToUnicode('[::1]'), url.domainToUnicode('127.0.0.1'), url.domainToASCII('[::1]'));
const u = new URL('http://a.com/?x=1'); const sp = u.searchParams; u.search = ''; console.log(sp.size, u.href); sp.append('q', 'r'); console.log(u.href);
const v = new URL('sc:opaque path?x#y'); v.hash = ''; console.log(v.href, JSON.stringify(v.pathname)); v.search = ''; console.log(JSON.stringify(v.href));
const w = new URL('http://x/'); w.searchParams.append('a', 'b c'); w.searchParams.delete('a'); console.log(JSON.stringify(w.href), JSON.stringify(w.search));
console.log(new URL('http://x/?a=b c').search, new URL('http://x/?a=b c').searchParams.toString());
const h = new URL('http://h/p?q'); h.searchParams.sort(); console.log(h.href);
console.log(url.parse('http://x.com/a%zz?%zz', true).query, url.format({query: {a: undefined, b: null, c: NaN}}));
console.log(url.resolve('http://a/b', 'HTTP://c/d'), url.resolve('HTTP://a/b', '//c/d'));
console.log(new TextDecoder('utf-16le').decode(new Uint8Array([0x3d, 0xd8])), new TextDecoder().decode(new Uint16Array([0x6968])));
