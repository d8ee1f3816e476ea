// fileURLToPath, pathToFileURL, urlToHttpOptions, domainToASCII/Unicode.
const url = require('url');
const path = require('path');
let s = '/';
for (let i = 1; i < 128; i++) s += String.fromCharCode(i);
console.log(url.pathToFileURL(s + 'é😀\u00a0').href);
for (const p of ['/a/b', '/a/b/', '/a/../b/.', '/with space/x#y?z%w', '/tab\there', '/ünï/çødé', '/\ud800lone', '/']) {
  const u = url.pathToFileURL(p);
  console.log(JSON.stringify(p), u.href, u instanceof URL, JSON.stringify(url.fileURLToPath(u)));
}
console.log(url.pathToFileURL('rel/x').href === 'file://' + path.resolve('rel/x'));
console.log(url.pathToFileURL('.').href === 'file://' + process.cwd(), url.pathToFileURL('./').href.endsWith('/'));
for (const p of ['C:\\a\\b c', 'C:\\a\\', 'c:/x/y', '\\\\server\\share\\x y', '\\\\srv\\sh\\é']) {
  console.log(JSON.stringify(p), url.pathToFileURL(p, { windows: true }).href);
}
for (const u of ['file:///a%20b/%F0%9F%98%80', 'file:///a/b/', 'file://localhost/x', 'file:///%E2%82%AC',
  new URL('file:///from/url'), { href: 'file:///like', protocol: 'file:', hostname: '', pathname: '/like' }]) {
  console.log(JSON.stringify(String(u.href || u)), JSON.stringify(url.fileURLToPath(u)));
}
for (const u of ['file:///C:/a%20b', 'file:///c:/', 'file://srv/a/b', 'file://xn--mnchen-3ya.de/a']) {
  console.log(u, JSON.stringify(url.fileURLToPath(u, { windows: true })));
}
for (const bad of ['file://host/x', 'http://x/y', 'file:///a%2Fb', 'file:///a%2fb', 'not a url', 5, null, {},
  { href: 'http://x', protocol: 'http:' }]) {
  try { console.log(url.fileURLToPath(bad)); } catch (e) { console.log(e.name, e.code, e.message); }
}
for (const bad of ['file:///a%5Cb', 'file:///a%2fb', 'file:///nodrive', 'file:///1:/x']) {
  try { console.log(url.fileURLToPath(bad, { windows: true })); } catch (e) { console.log(e.name, e.code, e.message); }
}
for (const bad of [5, null, undefined, {}]) {
  try { url.pathToFileURL(bad); } catch (e) { console.log(e.name, e.code, e.message); }
}
console.log(url.fileURLToPathBuffer(new URL('file:///a%ff%20b/é')));
console.log(url.urlToHttpOptions(new URL('https://u%20x:p%40@a.com:99/x?y#z')));
console.log(url.urlToHttpOptions(new URL('http://[::1]/')));
console.log(url.urlToHttpOptions(new URL('http://h/')));
for (const d of ['example.com', 'EXAMPLE.COM', 'münchen.de', 'xn--mnchen-3ya.de', 'xn--iñvalid.com', '127.1', '0x7f.0.0.1',
  '[::1]', 'a b', 'a%41b', '', 'ﬀ.com', 'a.b.c.', '☃.net', 'xn--n3h.net', '-x.com', 'a_b.com', 'x:y', 'a/b']) {
  console.log(JSON.stringify(d), JSON.stringify(url.domainToASCII(d)), JSON.stringify(url.domainToUnicode(d)));
}
for (const f of ['domainToASCII', 'domainToUnicode']) {
  try { url[f](); } catch (e) { console.log(e.name, e.code, e.message); }
}
console.log(Object.keys(url).filter((k) => k !== 'URLPattern'));
console.log(url.URL === URL, url.URLSearchParams === URLSearchParams, typeof url.Url);
for (const p of ['\\\\?\\C:\\path\\to\\file.txt', '\\\\?\\UNC\\server\\share\\folder\\f.txt', '\\\\nas\\My Docs\\File.doc', 'C:\\€^[]']) {
  console.log(JSON.stringify(p), url.pathToFileURL(p, { windows: true }).href);
}
for (const bad of ['http://x', null, [], 5]) {
  try { url.urlToHttpOptions(bad); } catch (e) { console.log(e.name, e.code, e.message); }
}
try { url.fileURLToPath('file:///a%2F/'); } catch (e) { console.log(e.code, e.input instanceof URL, e.input.href, Object.keys(e)); }
try { url.fileURLToPath('file:///a%5C/', { windows: true }); } catch (e) { console.log(e.code, e.input instanceof URL, e.input.href); }
