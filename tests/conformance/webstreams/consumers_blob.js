// web streams: stream/consumers read web streams, Blob.prototype.stream()
// gives a byte stream of the blob, and Duplex.from takes web streams.
const consumers = require('stream/consumers');
const { Duplex } = require('stream');
(async () => {
  console.log(await consumers.text(ReadableStream.from(['a', 'b'])));
  console.log(await consumers.json(ReadableStream.from([new TextEncoder().encode('{"k":1}')])));
  console.log((await consumers.buffer(new Blob(['xyz']).stream())).toString());
  const stream = new Blob(['hello', ' ', 'blob']).stream();
  const reader = stream.getReader({ mode: 'byob' });
  const { value } = await reader.read(new Uint8Array(5));
  console.log(new TextDecoder().decode(value));
  reader.releaseLock();
  console.log(await consumers.text(stream));
  const big = new Blob([new Uint8Array(150000)]);
  let chunks = 0;
  for await (const chunk of big.stream()) chunks += chunk.byteLength > 0 ? 1 : 0;
  console.log('chunks', chunks);
  const d = Duplex.from(ReadableStream.from(['from', 'web']));
  let text = '';
  for await (const chunk of d) text += chunk;
  console.log(text);
})();
