// Connecting where nobody listens: the error's message, code, errno,
// syscall, address and port, then 'close' with hadError true.
const net = require('net');
const probe = net.createServer();
probe.listen(0, '127.0.0.1', () => {
  const { port } = probe.address();
  probe.close(() => {
    const c = net.connect(port, '127.0.0.1');
    c.on('error', (err) => {
      console.log(err.message.replace(String(port), 'PORT'));
      console.log(err.code, err.errno, err.syscall, err.address, err.port === port);
    });
    c.on('close', (hadError) => console.log('close', hadError, c.destroyed));
  });
});
