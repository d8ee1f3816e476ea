const sym = Symbol('s');
console.log(process.env[sym], sym in process.env, delete process.env[sym]);
try { process.env[sym] = 1; } catch (e) { console.log(e.name); }
try { process.env.SOUS_X = sym; } catch (e) { console.log(e.name); }
process.env.SOUS_Y = 12;
console.log(process.env.SOUS_Y, typeof process.env.SOUS_Y);
for (const d of [{ value: 'a' }, { get() { return 1; } }, { value: 1, configurable: true, writable: true, enumerable: false }]) {
  try { Object.defineProperty(process.env, 'SOUS_Z', d); } catch (e) { console.log(e.name, e.code, e.message); }
}
Object.defineProperty(process.env, 'SOUS_Z', { value: 5, configurable: true, writable: true, enumerable: true });
console.log(process.env.SOUS_Z);
for (const args of [[1], [{}], ['', 1], ['', '', 1], ['', '', {}], ['', []], [], [undefined, 'foo']]) {
  try { process.emitWarning(...args); console.log('no throw', args); } catch (e) { console.log(e.code, e.message); }
}
process.on('warning', (w) => console.log('warning', w.name, w.code, w.detail, w.message));
process.emitWarning('msg', { type: 'MyWarning', code: 'W1', detail: 'more text' });
process.emitWarning('plain', () => {});
for (const v of [123, [], { user: -123 }, { user: 1, system: 'x' }]) {
  try { process.threadCpuUsage(v); } catch (e) { console.log(e.name, e.code, e.message); }
}
const printed = [];
process.stderr.write = (s) => { printed.push(s.replace(/\(node:\d+\)/, '(node:PID)').replace(/`\S+ --trace/, '`RT --trace')); return true; };
setImmediate(() => console.log(printed));
