// Checks: a timeout fires exactly once and is then destroyed; clearTimeout afterwards is harmless.
let calls = 0;
const t = setTimeout(() => calls++, 1);
setTimeout(() => {
  console.log('calls', calls, 'destroyed', t._destroyed, 'hasRef', t.hasRef());
  clearTimeout(t);
  console.log('clear after fire ok');
}, 30);
