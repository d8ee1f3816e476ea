// assert.CallTracker (deprecated, DEP0173): tracked calls, reports, verify's
// errors and argument checks.
const assert = require('assert');
const t = new assert.CallTracker();
function foo(a) { return a * 2; }
const f = t.calls(foo, 2);
console.log(f(3), t.getCalls(f), t.report().map((r) => [r.message, r.actual, r.expected, r.operator]));
try { t.verify(); } catch (e) { console.log(e.message, e.code, Object.keys(e)); }
const g = t.calls();
try { t.verify(); } catch (e) { console.log(e.message); }
t.reset(); console.log(t.report().length);
try { t.getCalls(foo); } catch (e) { console.log(e.code, e.message); }
try { t.calls(foo, 0); } catch (e) { console.log(e.code, e.message); }
try { t.calls(foo, 1.5); } catch (e) { console.log(e.code, e.message); }
try { t.calls(foo, '1'); } catch (e) { console.log(e.code, e.message); }
console.log(assert.CallTracker === assert.strict.CallTracker, typeof assert.CallTracker, assert.CallTracker.name);
