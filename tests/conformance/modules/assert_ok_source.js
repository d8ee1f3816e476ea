const assert = require('assert'); try { assert(1 > 2); } catch (e) { console.log(JSON.stringify(e.message)); }
const x = 0;
try { assert(x === 1); } catch (e) { console.log(JSON.stringify(e.message), e.generatedMessage, e.actual, e.expected, e.operator); }
try { assert.ok(typeof x === 'string'); } catch (e) { console.log(JSON.stringify(e.message)); }
function f() { assert.strict.ok(null); }
try { f(); } catch (e) { console.log(JSON.stringify(e.message)); }
try { assert(''); } catch (e) { console.log(JSON.stringify(e.message)); }
try { assert(); } catch (e) { console.log(JSON.stringify(e.message)); }
try { assert(x, 'custom'); } catch (e) { console.log(JSON.stringify(e.message), e.generatedMessage); }
