const u = process.cpuUsage();
console.log(typeof u.user, typeof u.system, Object.keys(u));
const d = process.cpuUsage(u);
console.log(d.user >= 0, d.system >= 0);
for (const v of [1, {}, { user: 'a' }, { user: 3, system: null }, { user: -1, system: 2 }, { user: 5, system: -Infinity }]) {
  try { process.cpuUsage(v); } catch (e) { console.log(e.name, e.code, e.message); }
}
console.log(Object.keys(process.threadCpuUsage()));
console.log(Object.keys(process.resourceUsage()));
console.log(typeof process.availableMemory(), typeof process.constrainedMemory());
const old = process.umask(0o22);
console.log(process.umask('0027').toString(8), process.umask(old).toString(8));
for (const m of ['8', 1.5, -1, {}]) { try { process.umask(m); } catch (e) { console.log(e.name, e.code, e.message); } }
console.log(process.getuid() === process.geteuid(), typeof process.getgid(), Array.isArray(process.getgroups()));
for (const p of ['SIGTERM', null, NaN]) { try { process.kill(p); } catch (e) { console.log(e.code, e.message); } }
try { process.kill(0, 'test'); } catch (e) { console.log(e.name, e.code, e.message); }
try { process.kill(0, 987); } catch (e) { console.log(e.name, e.code, e.message, e.errno, e.syscall); }
console.log(process.kill(process.pid, 0));
try { process.setUncaughtExceptionCaptureCallback(42); } catch (e) { console.log(e.code, e.message); }
process.setUncaughtExceptionCaptureCallback(() => {});
console.log(process.hasUncaughtExceptionCaptureCallback());
try { process.setUncaughtExceptionCaptureCallback(() => {}); } catch (e) { console.log(e.name, e.code, e.message); }
process.setUncaughtExceptionCaptureCallback(null);
console.log(process.hasUncaughtExceptionCaptureCallback());
for (const v of [undefined, 1]) { try { process.setSourceMapsEnabled(v); } catch (e) { console.log(e.code, e.message); } }
process.setSourceMapsEnabled(true);
console.log(process.sourceMapsEnabled);
