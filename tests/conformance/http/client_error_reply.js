// Bytes that are not HTTP: 'clientError' gets llhttp's code, reason and bytesParsed; without a
// listener the server answers Node's 400, an oversized head gets 431, and HTTP/1.1 without Host 400.
const http = require('http');
const net = require('net');

function send(server, bytes) {
  return new Promise((resolve) => {
    const socket = net.connect(server.address().port, '127.0.0.1', () => socket.end(bytes));
    let reply = '';
    socket.on('data', (d) => { reply += d; });
    socket.on('close', () => resolve(reply));
  });
}

const listening = http.createServer(() => console.log('no request expected'));
listening.on('clientError', (err, socket) => {
  console.log('clientError', err.code, err.reason, err.bytesParsed, JSON.stringify(String(err.rawPacket)));
  socket.end('HTTP/1.1 400 Custom\r\n\r\n');
});
const silent = http.createServer(() => console.log('no request expected'));

listening.listen(0, '127.0.0.1', async () => {
  console.log(JSON.stringify(await send(listening, 'FOO / HTTP/1.1\r\n\r\n')));
  console.log(JSON.stringify(await send(listening, 'GET / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n')));
  listening.close();
  silent.listen(0, '127.0.0.1', async () => {
    console.log(JSON.stringify(await send(silent, 'GET / HTTP/1.1\r\nBad Header: x\r\n\r\n')));
    console.log(JSON.stringify(await send(silent, `GET / HTTP/1.1\r\nX: ${'a'.repeat(17000)}\r\n\r\n`)));
    console.log(JSON.stringify((await send(silent, 'GET / HTTP/1.1\r\n\r\n')).replace(/Date: [^\r]*\r\n/, '')));
    silent.close();
  });
});
