// HEAD, 204 and 304 responses carry no body even when one is written; the client reads none.
const http = require('http');
const server = http.createServer((req, res) => {
  if (req.url === '/204') res.writeHead(204);
  else if (req.url === '/304') res.writeHead(304, { ETag: '"x"' });
  res.end('ignored body');
});
function get(method, path) {
  return new Promise((resolve) => {
    http.request({ host: '127.0.0.1', port: server.address().port, method, path }, (res) => {
      let body = '';
      res.on('data', (d) => { body += d; });
      res.on('end', () => resolve(`${method} ${path}: ${res.statusCode} cl=${res.headers['content-length']} te=${res.headers['transfer-encoding']} body=${JSON.stringify(body)}`));
    }).end();
  });
}
server.listen(0, '127.0.0.1', async () => {
  console.log(await get('HEAD', '/'));
  console.log(await get('GET', '/'));
  console.log(await get('GET', '/204'));
  console.log(await get('GET', '/304'));
  server.close();
});
