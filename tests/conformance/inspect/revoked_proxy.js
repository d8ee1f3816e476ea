// A revoked Proxy inspects as <Revoked Proxy> (console.log, console.dir, util.inspect,
// inside objects and arrays) instead of throwing.
const util = require('util');
const r = Proxy.revocable({}, {});
r.revoke();
console.dir(r);
console.log(r.proxy);
console.log(util.inspect(r.proxy, { showProxy: true }), [r.proxy], { p: r.proxy });
