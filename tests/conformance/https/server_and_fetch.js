// https.createServer and https.get with the server's certificate as `ca`;
// then fetch() over https with NODE_TLS_REJECT_UNAUTHORIZED set to 0 by the
// script (the warning goes to stderr).
const https = require('https');
const fs = require('fs');
const key = fs.readFileSync(__dirname + '/../tls/fixtures/localhost-key.pem'), cert = fs.readFileSync(__dirname + '/../tls/fixtures/localhost-cert.pem');
const server = https.createServer({ key, cert }, (req, res) => res.end(`secure ${req.method} ${req.url} ${req.socket.encrypted}`));
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  https.get({ host: '127.0.0.1', port, path: '/a', ca: cert }, (res) => {
    let b = '';
    res.on('data', (d) => b += d);
    res.on('end', async () => {
      console.log(res.statusCode, b);
      process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
      const r = await fetch(`https://127.0.0.1:${port}/b`);
      console.log(r.status, await r.text());
      server.close();
    });
  });
});
