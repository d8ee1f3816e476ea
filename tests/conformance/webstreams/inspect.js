// web streams: util.inspect shows the stream classes as Node does.
const rs = new ReadableStream({ start(c) { globalThis.c = c; } });
console.log(rs);
const r = rs.getReader();
console.log(r);
console.log(c);
console.log(new WritableStream());
const w = new WritableStream({ start(c) { globalThis.wc = c; } });
console.log(w.getWriter());
console.log(wc);
console.log(new TransformStream());
const b = new ReadableStream({ type: 'bytes', start(c) { globalThis.bc = c; } });
console.log(b, bc, b.getReader({ mode: 'byob' }));
console.log(new ByteLengthQueuingStrategy({ highWaterMark: 3 }), new CountQueuingStrategy({ highWaterMark: 3 }));
console.log(new TextEncoderStream(), new TextDecoderStream(), new CompressionStream('gzip'));
console.log(require('util').inspect(rs, { depth: 0 }));
console.log(Object.prototype.toString.call(rs), Object.prototype.toString.call(w.getWriter ? w : 0));
console.log(Object.keys(Object.getOwnPropertyDescriptors(ReadableStream.prototype)));
