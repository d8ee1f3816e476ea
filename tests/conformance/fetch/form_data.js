// fetch: FormData entries (strings, Blobs as Files), and a FormData body
// that goes out as multipart/form-data and reads back with formData().
(async () => {
  const fd = new FormData();
  fd.append('a', '1');
  fd.append('a', '2');
  fd.append('f', new Blob(['xx'], { type: 'text/plain' }), 'n.txt');
  fd.set('b', 'x');
  console.log(fd.get('a'), fd.getAll('a'), fd.has('f'), fd.get('missing'), [...fd.keys()]);
  const file = fd.get('f');
  console.log(file.constructor.name, file.name, file.type, file.size);
  fd.delete('b');
  const response = new Response(fd);
  console.log(/^multipart\/form-data; boundary=/.test(response.headers.get('content-type')));
  const back = await response.formData();
  for (const [name, value] of back) {
    console.log(name, typeof value === 'string' ? value : `${value.name} ${value.type} ${await value.text()}`);
  }
  const urlencoded = await new Response(new URLSearchParams('x=1&y=2')).formData();
  console.log([...urlencoded]);
  try { fd.append('only'); } catch (e) { console.log(e.name, e.message); }
  await new Response('plain').formData().catch((e) => console.log(e.name));
})();
