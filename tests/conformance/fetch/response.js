// fetch: Response's status checks, Response.json/error/redirect, its body
// read once (bodyUsed), clone(), and each body reader.
(async () => {
  const r = new Response('hi', { status: 201, statusText: 'Made', headers: { x: 'y' } });
  console.log(r);
  console.log(await r.text(), r.bodyUsed);
  await r.text().catch((e) => console.log(e.name, e.message));
  console.log(Response.json({ a: 1 }).headers.get('content-type'), await Response.json([1]).json());
  const redirect = Response.redirect('http://example.com/x', 301);
  console.log(redirect.status, redirect.headers.get('location'), redirect.body);
  const error = Response.error();
  console.log(error.type, error.status, error.ok);
  for (const f of [
    () => new Response('x', { status: 99 }),
    () => new Response('x', { status: 204 }),
    () => Response.redirect('http://x/', 200),
  ]) {
    try { f(); } catch (e) { console.log(e.name, e.message); }
  }
  const c = new Response('abc');
  const c2 = c.clone();
  console.log(await c.text(), await c2.text());
  console.log(new Uint8Array(await new Response(new Uint8Array([104, 105])).arrayBuffer()));
  console.log(await new Response(new Uint16Array([0x6968])).bytes());
  const blob = await new Response(new Blob(['blob!'], { type: 'text/x' })).blob();
  console.log(blob.type, blob.size);
  const gen = async function* () { yield new Uint8Array([65]); yield new Uint8Array([66]); };
  console.log(await new Response(gen()).text());
  console.log(await new Response(ReadableStream.from([new TextEncoder().encode('streamed')])).text());
  const empty = new Response(null);
  console.log(empty.body, await empty.text());
  console.log(new Response(new URLSearchParams('a=1&b=2')).headers.get('content-type'));
})();
