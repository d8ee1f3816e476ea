// Trailers after a chunked body (addTrailers / req.trailers), and how repeated request headers
// are merged: first one kept, set-cookie as an array, cookie joined by '; ', others by ', '.
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    console.log('trailers', JSON.stringify(req.trailers), JSON.stringify(req.rawTrailers));
    const h = req.headers;
    console.log(h['content-type'], '|', h['set-cookie'], '|', h.cookie, '|', h['x-list'], '|', h.host);
    console.log(JSON.stringify(req.headersDistinct['x-list']));
    res.addTrailers({ 'X-Sum': '42' });
    res.end('ok');
  });
});
server.listen(0, '127.0.0.1', () => {
  const socket = net.connect(server.address().port, '127.0.0.1');
  socket.write('POST / HTTP/1.1\r\nHost: a\r\nHost: b\r\nContent-Type: text/plain\r\nContent-Type: text/html\r\n' +
    'Set-Cookie: a=1\r\nSet-Cookie: b=2\r\nCookie: c=3\r\nCookie: d=4\r\nX-List: 1\r\nX-list: 2\r\n' +
    'Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n3\r\nabc\r\n0\r\nX-Check: yes\r\n\r\n');
  let reply = '';
  socket.on('data', (d) => { reply += d; });
  socket.on('close', () => {
    console.log(JSON.stringify(reply.replace(/Date: [^\r]*\r\n/, '')));
    server.close();
  });
});
