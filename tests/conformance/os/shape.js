// Checks: os's deterministic surface: export order, EOL/devNull/constants descriptors (EOL
// read-only), the constants tables (signals frozen), getPriority/setPriority argument errors and
// the SystemError for a missing process, functions that print as their value, the shapes of
// cpus/loadavg/networkInterfaces (loopback)/userInfo (buffer encoding), tmpdir's env rules.
'use strict';
const os = require('os');
console.log(Object.keys(os).join());
for (const k of ['EOL', 'devNull', 'constants']) {
  const d = Object.getOwnPropertyDescriptor(os, k);
  console.log(k, JSON.stringify(d.value).length, d.writable, d.enumerable, d.configurable);
}
try { os.EOL = 'x'; } catch (e) { console.log(e.name); }
const c = os.constants;
console.log(Object.keys(c).join(), c.UV_UDP_REUSEADDR, Object.isFrozen(c.signals), Object.isFrozen(c.errno));
console.log(JSON.stringify(c.signals), JSON.stringify(c.errno), JSON.stringify(c.priority), JSON.stringify(c.dlopen));
for (const args of [['x'], [1.5], [2 ** 32], [NaN], [-1]]) {
  try { os.getPriority(...args); } catch (e) { console.log('get', e.name, e.code, e.message, JSON.stringify(e.info)); }
}
for (const args of [[0, 'x'], [0, 20], [0, -21], [null, 1], [-1, 0]]) {
  try { os.setPriority(...args); } catch (e) { console.log('set', e.name, e.code, e.message, e.errno, e.syscall); }
}
console.log(typeof os.getPriority(), `${os.hostname}` === os.hostname(), +os.uptime > 0, `${os.machine}` === os.machine());
const cpu = os.cpus()[0];
console.log(Object.keys(cpu).join(), Object.keys(cpu.times).join(), os.loadavg().length, os.availableParallelism() > 0);
console.log(os.networkInterfaces().lo.filter((e) => e.family === 'IPv4'));
const u = os.userInfo();
const ub = os.userInfo({ encoding: 'buffer' });
console.log(Object.keys(u).join(), Buffer.isBuffer(ub.username), ub.username.toString() === u.username, typeof u.uid, typeof u.gid);
try { os.userInfo(5); } catch (e) { console.log(e.code, e.message); }
const env = { ...process.env };
process.env.TMPDIR = '/a/b/';
console.log(os.tmpdir());
process.env.TMPDIR = '';
process.env.TMP = '/t';
console.log(os.tmpdir());
process.env.TMP = '';
process.env.TEMP = '';
console.log(os.tmpdir(), os.endianness(), os.platform(), os.EOL === '\n', os.devNull);
Object.assign(process.env, env);
