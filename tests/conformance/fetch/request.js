// fetch: Request's URL parsing, method normalisation, body rules, options
// it keeps, signal, clone() and the body readers.
(async () => {
  const r = new Request('http://a.com/x', { method: 'post', body: 'z' });
  console.log(r);
  console.log(r.method, r.url, r.headers.get('content-type'), await r.text(), r.bodyUsed);
  console.log(new Request('http://a.com', { method: 'patch' }).method, new Request('http://a.com', { method: 'Get' }).method);
  for (const f of [
    () => new Request('/x'),
    () => new Request('http://a', { method: 'GET', body: 'x' }),
    () => new Request('http://a', { method: 'CONNECT' }),
    () => new Request('http://u:p@a/'),
    () => new Request('http://a', { mode: 'nope' }),
    () => new Request('http://a', { method: 'POST', body: ReadableStream.from([]) }),
  ]) {
    try { f(); } catch (e) { console.log(e.name, e.message); }
  }
  const ac = new AbortController();
  const withSignal = new Request('http://a', { signal: ac.signal });
  ac.abort('stop');
  console.log(withSignal.signal.aborted, withSignal.signal.reason);
  const original = new Request('http://a/', { method: 'PUT', body: 'data', headers: { k: 'v' }, redirect: 'manual' });
  const copy = new Request(original);
  console.log(copy.method, copy.redirect, copy.headers.get('k'), await copy.text());
  const c = new Request('http://a/', { method: 'POST', body: 'twice' });
  const c2 = c.clone();
  console.log(await c.text(), await c2.text());
  const json = new Request('http://a/', { method: 'POST', body: '{"a":[1]}' });
  console.log(await json.json());
})();
