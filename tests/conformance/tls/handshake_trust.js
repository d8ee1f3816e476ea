// A TLS server and clients on loopback: a client trusting the server's
// certificate through `ca` (echo, then end), one refusing it (self-signed),
// and one with rejectUnauthorized: false (authorized false, the reason kept).
// The certificate is a test fixture for localhost/127.0.0.1, valid to 2036.
const tls = require('tls');
const fs = require('fs');
const key = fs.readFileSync(__dirname + '/fixtures/localhost-key.pem'), cert = fs.readFileSync(__dirname + '/fixtures/localhost-cert.pem');
const server = tls.createServer({ key, cert }, (s) => {
  console.log('server: secureConnection', s.encrypted);
  s.on('data', (d) => s.end('echo:' + d));
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const c = tls.connect({ port, host: '127.0.0.1', ca: cert }, () => {
    console.log('client: secureConnect authorized', c.authorized, c.getProtocol());
    c.write('hi');
  });
  c.on('data', (d) => console.log('client got', String(d)));
  c.on('end', () => console.log('client end'));
  c.on('close', () => {
    console.log('client close');
    const bad = tls.connect({ port, host: '127.0.0.1' });
    bad.on('error', (e) => {
      console.log('untrusted:', e.code, e.message);
      const lax = tls.connect({ port, host: '127.0.0.1', rejectUnauthorized: false }, () => {
        console.log('lax:', lax.authorized, lax.authorizationError);
        lax.end();
        server.close(() => console.log('server closed'));
      });
    });
  });
});
