// An Agent with keepAlive reuses one socket for requests made one after the other; maxSockets 1
// queues the second request until the first is done.
const http = require('http');
let connections = 0;
const server = http.createServer((req, res) => res.end(req.url));
server.on('connection', () => { connections++; });
server.listen(0, '127.0.0.1', () => {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const port = server.address().port;
  const names = [];
  let done = 0;
  for (const path of ['/one', '/two', '/three']) {
    http.get({ host: '127.0.0.1', port, path, agent }, (res) => {
      let body = '';
      res.on('data', (d) => { body += d; });
      res.on('end', () => {
        names.push(`${body} reused=${res.req.reusedSocket}`);
        if (++done === 3) {
          console.log(names.join(', '));
          console.log('connections', connections, 'queued', Object.keys(agent.requests).length);
          setImmediate(() => {
            console.log('free sockets', Object.values(agent.freeSockets).flat().length);
            agent.destroy();
            server.close();
          });
        }
      });
    });
  }
  console.log('waiting', agent.requests[agent.getName({ host: '127.0.0.1', port })].length);
});
