// fork() with serialization 'advanced': messages travel in V8's wire format, so Maps, Sets,
// Dates, BigInts, typed arrays, Buffers (as Uint8Array), undefined and circular objects arrive
// whole, in order, and a large buffer arrives in one piece; an unclonable message throws.
const { fork } = require('child_process');
const util = require('util');
if (process.argv[2] === 'child') {
  process.on('message', (message) => {
    if (message === 'bye') {
      // After every echo is written.
      process.send('done', () => process.disconnect());
      return;
    }
    process.send({ echo: message });
  });
  process.send({ ready: true, big: 2n ** 70n, when: new Date(0) });
} else {
  const child = fork(__filename, ['child'], { serialization: 'advanced' });
  const received = [];
  child.on('message', (message) => {
    received.push(message);
    if (message.ready) {
      const circular = { name: 'loop' };
      circular.self = circular;
      child.send(new Map([[1, new Set(['a'])]]));
      child.send([undefined, -0, new Uint16Array([1, 2]), Buffer.from('buf')]);
      child.send(circular);
      child.send(Buffer.alloc(256 * 1024, 7));
      try {
        child.send({ f() {} });
      } catch (err) {
        console.log(err.name, err.message);
      }
      child.send('bye');
    }
  });
  child.on('exit', (code) => {
    const [ready, map, list, circular, big, done] = received;
    console.log(util.inspect(ready), util.inspect(map, { depth: 4 }), list);
    console.log(circular.echo.self === circular.echo, circular.echo.name);
    console.log(big.echo.constructor.name, big.echo.length, big.echo.every((b) => b === 7));
    console.log('exit', code, received.length, done);
  });
}
