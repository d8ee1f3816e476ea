// zlib: streams in stream.pipeline (callback and promise forms), a zlib
// error ending a pipeline, and async iteration of an inflate stream.
const zlib = require('zlib');
const { pipeline, Readable, Writable } = require('stream');
const { pipeline: pp } = require('stream/promises');
const chunks = [];
pipeline(Readable.from(['a', 'b', 'c'].map((x) => Buffer.from(x.repeat(1000)))), zlib.createGzip(), zlib.createGunzip(),
  new Writable({ write(c, e, cb) { chunks.push(c); cb(); } }), (err) => {
    console.log('pipeline done', err, Buffer.concat(chunks).length);
    pipeline(Readable.from([Buffer.from('garbage!')]), zlib.createGunzip(), new Writable({ write(c, e, cb) { cb(); } }), (err2) => {
      console.log('pipeline error', err2.message, err2.code);
      (async () => {
        let n = 0;
        for await (const c of Readable.from([zlib.deflateSync('x'.repeat(50000))]).pipe(zlib.createInflate({ chunkSize: 1000 }))) n += c.length;
        console.log('for await', n);
        await pp(Readable.from([Buffer.from('zz')]), zlib.createBrotliCompress(), zlib.createBrotliDecompress(), new Writable({ write(c, e, cb) { console.log('got', c.toString()); cb(); } }));
        console.log('promises pipeline done');
      })();
    });
  });
