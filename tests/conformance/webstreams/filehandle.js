// web streams: FileHandle.readableWebStream() reads the file as a byte
// stream, locks the handle while it is in use, and the closed handle says so.
const fs = require('fs/promises');
(async () => {
  const handle = await fs.open(__filename);
  const stream = handle.readableWebStream();
  try { handle.readableWebStream(); } catch (e) { console.log(e.name, e.code, e.message); }
  let size = 0;
  for await (const chunk of stream) size += chunk.byteLength;
  console.log(size === (await fs.stat(__filename)).size);
  await handle.close();
  try { handle.readableWebStream(); } catch (e) { console.log(e.name, e.code, e.message); }
  const other = await fs.open(__filename);
  const third = await fs.open(__filename);
  try { third.readableWebStream(1); } catch (e) { console.log(e.name, e.code, e.message); }
  try { third.readableWebStream(); } catch (e) { console.log(e.name, e.code, e.message); }
  await third.close();
  const reader = other.readableWebStream().getReader({ mode: 'byob' });
  const { value } = await reader.read(new Uint8Array(11));
  console.log(new TextDecoder().decode(value));
  reader.releaseLock();
  await other.close();
})();
