// An Upgrade request: the server's 'upgrade' gets the request, the socket and the bytes after
// the head; the client's 'upgrade' gets the 101 response and what followed it.
const http = require('http');
const server = http.createServer(() => console.log('no request expected'));
server.on('upgrade', (req, socket, head) => {
  console.log('server upgrade', req.headers.upgrade, JSON.stringify(String(head)));
  socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\nwelcome');
  socket.on('data', (d) => socket.end(`echo:${d}`));
});
server.listen(0, '127.0.0.1', () => {
  const req = http.request({ host: '127.0.0.1', port: server.address().port, headers: { Connection: 'Upgrade', Upgrade: 'echo' } });
  req.on('upgrade', (res, socket, head) => {
    console.log('client upgrade', res.statusCode, res.headers.upgrade, JSON.stringify(String(head)));
    let got = '';
    socket.on('data', (d) => { got += d; });
    socket.on('end', () => {
      console.log('client got', got);
      socket.destroy();
      server.close();
    });
    socket.write('ping');
  });
  req.end();
});
