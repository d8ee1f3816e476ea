// Symbol.asyncDispose on a Readable: destroys it with an AbortError unless it had ended.
const { Readable } = require('stream');
const r = new Readable({ read() {} });
r.on('error', (e) => console.log('error', e.name));
r[Symbol.asyncDispose]().then((v) => console.log('disposed', v, r.destroyed));
const r2 = Readable.from([]);
r2.resume();
r2.on('end', () => r2[Symbol.asyncDispose]().then((v) => console.log('ended dispose', v)));
