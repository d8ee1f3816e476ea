// fs.promises.writeFile and FileHandle.writeFile of chunk sources: streams, generators, async
// generators and arrays of chunks (strings in the encoding), appendFile, a signal, bad chunks.
const { dir } = require('./lib/tmp')('writefile-chunks');
const fsp = require('fs/promises');
const { Readable } = require('stream');
(async () => {
  const f = require('path').join(dir, 'wf.txt');
  await fsp.writeFile(f, Readable.from(['a', 'b', Buffer.from('c')]));
  console.log(await fsp.readFile(f, 'utf8'));
  await fsp.writeFile(f, (function* () { yield 'x'; yield 'y'; })());
  console.log(await fsp.readFile(f, 'utf8'));
  await fsp.writeFile(f, ['68', '69'], 'hex');
  console.log(await fsp.readFile(f, 'utf8'));
  const fh = await fsp.open(f, 'w');
  await fh.writeFile((async function* () { yield 'async'; })());
  await fh.close();
  console.log(await fsp.readFile(f, 'utf8'));
  await fsp.appendFile(f, ['!', '?']);
  console.log(await fsp.readFile(f, 'utf8'));
  const ac = new AbortController(); ac.abort();
  await fsp.writeFile(f, ['z'], { signal: ac.signal }).catch((e) => console.log(e.name, e.code));
  await fsp.writeFile(f, [1]).catch((e) => console.log(e.name, e.code, e.message));
})();
