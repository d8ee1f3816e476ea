// A hello-world HTTP server for bench/http_load.sh: listens on PORT (env)
// and answers every request with a short text body, keep-alive.
const http = require('http');
const port = Number(process.env.PORT || 8089);
http.createServer((req, res) => {
  res.setHeader('Content-Type', 'text/plain');
  res.end('hello world\n');
}).listen(port, '127.0.0.1', () => console.log(`listening on ${port}`));
