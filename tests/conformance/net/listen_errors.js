// listen() errors: a port in use (EADDRINUSE with libuv's wording), bad
// ports (ERR_SOCKET_BAD_PORT), a second listen (ERR_SERVER_ALREADY_LISTEN),
// and close() of a server that is not running.
const net = require('net');
const a = net.createServer();
a.listen(0, '127.0.0.1', () => {
  const { port } = a.address();
  const b = net.createServer();
  b.on('error', (err) => {
    console.log(err.message.replace(String(port), 'PORT'), err.code, err.syscall, err.port === port);
    try {
      a.listen(0);
    } catch (e) {
      console.log(e.code, e.message);
    }
    a.close(() => {
      a.close((e) => console.log(e.code, e.message));
    });
  });
  b.listen(port, '127.0.0.1');
});
for (const port of [-1, 65536, 1.5, true]) {
  try {
    net.createServer().listen(port);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
