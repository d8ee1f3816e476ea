// dns.lookup of localhost and of IP literals (answered without a query),
// with `all`, `family` and the promise form; a name that cannot exist.
const dns = require('dns');
dns.lookup('127.0.0.1', (err, address, family) => console.log('literal', err, address, family));
dns.lookup('::1', { all: true }, (err, list) => console.log('literal all', err, list));
dns.lookup('localhost', { family: 4 }, (err, address, family) => {
  console.log('localhost v4', err, address, family);
  dns.promises.lookup('localhost', { family: 4, all: true }).then((list) => {
    console.log('promise all', list);
    dns.lookup('does-not-exist.invalid', (e) => {
      console.log(e.code, e.syscall, e.hostname, e.message);
    });
  });
});
try {
  dns.lookup('localhost', { family: 5 }, () => {});
} catch (e) {
  console.log(e.code, e.message);
}
try {
  dns.lookup(42, () => {});
} catch (e) {
  console.log(e.code, e.message);
}
