// A TCP server on an ephemeral port echoes what a client sends; the order
// of 'connect', 'data', 'end', 'finish' and 'close' on both sides, with
// half-close (allowHalfOpen) and byte counts.
const net = require('net');
const log = [];
const server = net.createServer({ allowHalfOpen: true }, (s) => {
  const chunks = [];
  s.on('data', (d) => chunks.push(d));
  s.on('end', () => {
    log.push(`server end after ${Buffer.concat(chunks).length} bytes`);
    s.end(Buffer.concat(chunks).toString().toUpperCase());
  });
  s.on('close', (hadError) => {
    log.push(`server close ${hadError} read=${s.bytesRead} written=${s.bytesWritten}`);
    server.close(() => {
      log.push('server closed');
      console.log(log.join('\n'));
    });
  });
});
server.listen(0, '127.0.0.1', () => {
  const { address, family } = server.address();
  log.push(`listening ${address} ${family} listening=${server.listening}`);
  const c = net.connect({ port: server.address().port, host: '127.0.0.1' });
  log.push(`connecting=${c.connecting} pending=${c.pending} readyState=${c.readyState}`);
  c.on('connect', () => {
    log.push(`connect ${c.remoteAddress} ${c.remoteFamily} readyState=${c.readyState}`);
    c.write('hello ');
    c.end('world');
  });
  let got = '';
  c.setEncoding('utf8');
  c.on('data', (d) => { got += d; });
  c.on('end', () => log.push(`client end: ${got}`));
  c.on('finish', () => log.push('client finish'));
  c.on('close', (hadError) => log.push(`client close ${hadError} readyState=${c.readyState}`));
});
