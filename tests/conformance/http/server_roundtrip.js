// A request with a body to a server on port 0: what each side sees (method, url, headers, body,
// status, chunked reply and its raw headers without Date).
const http = require('http');
const server = http.createServer((req, res) => {
  console.log('server:', req.method, req.url, req.httpVersion, req.headers['content-length'], req.headers.host === `localhost:${server.address().port}`);
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (d) => { body += d; });
  req.on('end', () => {
    console.log('server body:', body, req.complete);
    res.setHeader('X-Reply', 'yes');
    res.statusMessage = 'Fine';
    res.write('part one, ');
    res.end('part two');
  });
});
server.listen(0, '127.0.0.1', () => {
  const req = http.request({ host: 'localhost', port: server.address().port, method: 'post', path: '/echo?x=1' }, (res) => {
    console.log('client:', res.statusCode, res.statusMessage, res.httpVersion);
    const raw = [];
    for (let i = 0; i < res.rawHeaders.length; i += 2) {
      if (res.rawHeaders[i] !== 'Date') raw.push(`${res.rawHeaders[i]}: ${res.rawHeaders[i + 1]}`);
    }
    console.log(raw.join(' | '));
    let body = '';
    res.setEncoding('utf8');
    res.on('data', (d) => { body += d; });
    res.on('end', () => {
      console.log('client body:', body);
      server.close(() => console.log('closed'));
    });
  });
  req.setHeader('Content-Length', 11);
  req.end('hello world');
});
