// A closed net handle is still listed by process.getActiveResourcesInfo() until its close
// callback (libuv's close phase, after the check phase): right after close(), and in an
// immediate queued then, it is there; at exit it is gone.
const net = require('net');
const count = (type) => process.getActiveResourcesInfo().filter((t) => t === type).length;
const server = net.createServer();
server.listen(0, '127.0.0.1', () => {
  server.close(() => console.log('close event', count('TCPServerWrap')));
  console.log('after close()', count('TCPServerWrap'));
  setImmediate(() => console.log('immediate', count('TCPServerWrap')));
});
process.on('exit', () => console.log('exit', count('TCPServerWrap')));
