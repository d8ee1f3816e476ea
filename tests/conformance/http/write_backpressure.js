// A response body larger than the socket takes at once: write() returns false, 'drain' follows,
// and the client receives every byte.
const http = require('http');
const chunk = Buffer.alloc(64 * 1024, 'x');
const server = http.createServer((req, res) => {
  let writes = 0;
  let sawFalse = false;
  function more() {
    while (writes < 64) {
      writes++;
      if (!res.write(chunk)) {
        sawFalse = true;
        res.once('drain', more);
        return;
      }
    }
    res.end(() => console.log('server: saw false', sawFalse, 'writableEnded', res.writableEnded));
  }
  more();
});
server.listen(0, '127.0.0.1', () => {
  http.get({ host: '127.0.0.1', port: server.address().port }, (res) => {
    let total = 0;
    res.on('data', (d) => { total += d.length; });
    res.on('end', () => {
      console.log('client: received', total, res.headers['transfer-encoding']);
      server.close();
    });
  });
});
