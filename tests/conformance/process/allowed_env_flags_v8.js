// process.allowedNodeEnvironmentFlags holds the V8 options NODE_OPTIONS may carry
// (--perf-basic-prof, --stack-trace-limit) in every spelling; read at one site many times.
function has(flag) {
  return process.allowedNodeEnvironmentFlags.has(flag);
}
for (const f of ['--perf_basic_prof', '--perf-basic-prof', 'perf_basic-prof', '--stack-trace-limit=100',
  '--stack-trace-limit=-=xX_nodejs_Xx=-', '--perf-prof', '--STACK-TRACE-LIMIT']) {
  console.log(f, has(f));
}
console.log([...process.allowedNodeEnvironmentFlags.keys()].includes('--stack-trace-limit'));
