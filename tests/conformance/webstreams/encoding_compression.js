// web streams: TextEncoderStream joins a surrogate pair split across
// chunks; TextDecoderStream decodes UTF-8 split mid-character; gzip,
// deflate and deflate-raw round-trip through Compression/DecompressionStream.
(async () => {
  const enc = new TextEncoderStream();
  const ew = enc.writable.getWriter();
  ew.write('\ud83d');
  ew.write('\ude00x');
  ew.write(1);
  ew.close();
  for await (const chunk of enc.readable) console.log(chunk);
  const dec = new TextDecoderStream();
  const dw = dec.writable.getWriter();
  const euro = new TextEncoder().encode('€uro');
  dw.write(euro.slice(0, 1));
  dw.write(euro.slice(1));
  dw.close();
  for await (const chunk of dec.readable) console.log(JSON.stringify(chunk));
  console.log(dec.encoding, dec.fatal, dec.ignoreBOM);
  for (const format of ['gzip', 'deflate', 'deflate-raw']) {
    const text = 'hello '.repeat(100);
    const compressed = ReadableStream.from([new TextEncoder().encode(text)])
      .pipeThrough(new CompressionStream(format));
    const out = await new Response(compressed.pipeThrough(new DecompressionStream(format))).text();
    console.log(format, out === text);
  }
  try { new CompressionStream('zip'); } catch (e) { console.log(e.name, e.code, e.message); }
  const bad = new DecompressionStream('gzip');
  const bw = bad.writable.getWriter();
  bw.write(new Uint8Array([1, 2, 3])).catch(() => {});
  bw.close().catch(() => {});
  await bad.readable.getReader().read().catch((e) => console.log('corrupt', e.name, e.code));
})();
