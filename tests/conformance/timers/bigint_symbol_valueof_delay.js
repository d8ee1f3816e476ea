// Checks: the delay goes through ToNumber: a BigInt or Symbol delay throws a TypeError
// synchronously; an object delay uses valueOf; a string delay is parsed as a number.
try { setTimeout(() => {}, 10n); } catch (e) { console.log(e.name + ': ' + e.message); }
try { setTimeout(() => {}, Symbol()); } catch (e) { console.log(e.name + ': ' + e.message); }
try { setInterval(() => {}, 5n); } catch (e) { console.log('setInterval', e.name); }
const t = setTimeout(() => console.log('valueOf delay fired'), { valueOf() { console.log('valueOf called'); return 5; } });
console.log('_idleTimeout', t._idleTimeout);
const s = setTimeout(() => console.log('string delay fired'), '7');
console.log('_idleTimeout', s._idleTimeout);
