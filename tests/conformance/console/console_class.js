const { Console } = require('console');
console.log(require('console') === console, typeof console.Console, console instanceof Console);
const out = []; const err = [];
const EE = require('events');
const so = Object.assign(new EE(), { write: (s) => out.push(s) }); const se = Object.assign(new EE(), { write: (s) => err.push(s) });
const c = new Console(so, se);
c.log('a %d', 1, { x: [1, 2] });
c.group('g');
c.info('in\nner');
c.groupEnd();
c.error('e');
c.warn('w');
c.count(); c.count(); c.count('x'); c.countReset();
c.count();
c.table([{ a: 1, b: 2 }, { a: 3 }]);
c.dir({ y: 1 }, { depth: 0 });
c.assert(false, 'bad %s', 'thing');
console.log(out, err);
const c2 = Console({ stdout: so, groupIndentation: 4 });
c2.group(); c2.log('four'); console.log(out.pop());
for (const g of [null, 'str', 1.5, -1, 1001]) {
  try { new Console({ stdout: so, groupIndentation: g }); } catch (e) { console.log(e.name, e.code, e.message); }
}
try { new Console(); } catch (e) { console.log(e.name, e.code, e.message); }
try { new Console({ stdout: so, stderr: {} }); } catch (e) { console.log(e.name, e.code, e.message); }
try { new Console({ stdout: so, colorMode: 'x' }); } catch (e) { console.log(e.name, e.code, e.message); }
for (const m of ['log', 'error', 'info', 'count', 'groupCollapsed']) {
  console.log(m, c[m].name);
  try { new c[m](); } catch (e) { console.log(e.name); }
}
const { log } = c; log('detached');
console.log(out.pop());
