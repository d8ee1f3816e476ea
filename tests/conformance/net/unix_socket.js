// A Unix socket server and client: address() is the path, data flows both
// ways, and the server stops listening on close.
const net = require('net');
const os = require('os');
const path = require('path');
const fs = require('fs');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sous-net-'));
const sock = path.join(dir, 's.sock');
const server = net.createServer((s) => {
  s.on('data', (d) => s.end(`got ${d}`));
});
server.listen(sock, () => {
  console.log('address is path:', server.address() === sock);
  const c = net.connect(sock, () => c.write('ping'));
  c.on('data', (d) => console.log(String(d)));
  c.on('close', () => server.close(() => {
    console.log('closed; socket file left:', fs.existsSync(sock));
    fs.rmSync(dir, { recursive: true, force: true });
  }));
});
