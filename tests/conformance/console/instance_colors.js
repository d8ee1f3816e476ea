// A Console's colors: 'auto' colors a TTY stream (one without getColorDepth too), never a
// plain one; inspectOptions may be a Map from stream to options; colorMode and
// inspectOptions.colors cannot be given together.
const { Console } = require('console');
const { PassThrough } = require('stream');
const read = (s) => JSON.stringify(s.read());
const tty = new PassThrough({ encoding: 'utf8' });
tty.isTTY = true;
const plain = new PassThrough({ encoding: 'utf8' });
new Console({ stdout: tty }).log(42);
new Console({ stdout: plain }).log(42);
console.log(read(tty), read(plain));
const a = new PassThrough({ encoding: 'utf8' });
const b = new PassThrough({ encoding: 'utf8' });
const c = new Console({ stdout: a, stderr: b, inspectOptions: new Map([[a, { colors: true }], [b, { colors: false }]]) });
c.log('n', 1);
c.warn('n', 1);
console.log(read(a), read(b));
try {
  new Console({ stdout: a, colorMode: true, inspectOptions: { colors: false } });
} catch (err) {
  console.log(err.code, err.message);
}
