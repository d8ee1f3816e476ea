// fetch() against a local http server: status and headers, a followed
// redirect (url, redirected), a gzip body decoded, a POST with a JSON body
// and the headers fetch adds, redirect "manual" and "error", an aborted
// signal, a refused connection (fetch failed with its cause), a data: URL.
const http = require('http');
const zlib = require('zlib');
const server = http.createServer((req, res) => {
  if (req.url === '/redirect') { res.writeHead(302, { location: '/hello?x=1' }); res.end(); return; }
  if (req.url === '/gzip') { res.writeHead(200, { 'content-encoding': 'gzip', 'content-type': 'text/plain' }); res.end(zlib.gzipSync('zipped!')); return; }
  if (req.url === '/echo') { let b = ''; req.on('data', (d) => b += d); req.on('end', () => res.end(JSON.stringify({ method: req.method, body: b, type: req.headers['content-type'], ua: req.headers['user-agent'] }))); return; }
  res.setHeader('x-test', 'yes');
  res.end(`hello ${req.url}`);
});
server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  const r1 = await fetch(`${base}/hello`);
  console.log(r1.status, r1.statusText, r1.ok, r1.headers.get('x-test'), await r1.text());
  const r2 = await fetch(`${base}/redirect`);
  console.log(r2.status, r2.redirected, r2.url.replace(base, ''), await r2.text());
  const r3 = await fetch(`${base}/gzip`);
  console.log(await r3.text(), r3.headers.get('content-encoding'));
  const r4 = await fetch(`${base}/echo`, { method: 'POST', body: JSON.stringify({ a: 1 }), headers: { 'content-type': 'application/json' } });
  console.log(await r4.json());
  const r5 = await fetch(`${base}/redirect`, { redirect: 'manual' });
  console.log(r5.status, r5.headers.get('location'));
  try { await fetch(`${base}/redirect`, { redirect: 'error' }); } catch (e) { console.log(e.name, e.message, e.cause?.message); }
  const ac = new AbortController(); ac.abort();
  try { await fetch(`${base}/hello`, { signal: ac.signal }); } catch (e) { console.log(e.name, e.message); }
  server.close();
  const probe = http.createServer().listen(0, async () => {
    const port = probe.address().port; probe.close();
    try { await fetch(`http://127.0.0.1:${port}/`); } catch (e) { console.log(e.name, e.message, e.cause.code); }
    const d = await fetch('data:text/plain;base64,aGVsbG8=');
    console.log(d.headers.get('content-type'), await d.text());
  });
});
