for (const v of [1, undefined, {}]) {
  try { require(v); } catch (e) { console.log(e.code, e.message); }
}
try { require(''); } catch (e) { console.log(e.code, e.message); }
