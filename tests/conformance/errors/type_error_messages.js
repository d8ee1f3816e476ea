// Checks: the messages of the engine errors a Node program most often sees, caught and printed:
// reading a property of null/undefined, and an undeclared variable.
const show = (f) => { try { f(); } catch (e) { console.log(e.name + ': ' + e.message, e instanceof TypeError); } };
show(() => null.foo);
show(() => undefined.bar);
show(() => { const o = { inner: null }; return o.inner.deep; });
show(() => notDefined);
