// 2,000 sequential fetch() calls to a local HTTP server in the same
// process (keep-alive), each body read as text; prints the count.
const http = require('http');
const server = http.createServer((req, res) => res.end('ok'));
server.listen(0, '127.0.0.1', async () => {
  const url = `http://127.0.0.1:${server.address().port}/`;
  let n = 0;
  for (let i = 0; i < 2000; i++) {
    const res = await fetch(url);
    if ((await res.text()) === 'ok') n++;
  }
  console.log(`fetched ${n}`);
  server.close();
});
