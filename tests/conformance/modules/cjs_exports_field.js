const { createRequire } = require('module');
const r = createRequire(__dirname + '/fixtures/nm/index.js');
console.log(r('exp'), r('exp/feature'), r('exp/sub/one'), r('strexp'), r('conds'));
for (const id of ['exp/hidden', 'exp/lib/private.js', 'strexp/only.js']) {
  try { r(id); } catch (e) { console.log(e.code, e.message.replace(__dirname, '<dir>')); }
}
console.log(r('exp/package.json').name);
