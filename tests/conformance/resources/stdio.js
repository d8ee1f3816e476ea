// The stdio streams show up once used (stdout and stderr are pipes here).
const getInfo = process.getActiveResourcesInfo.bind(process);
const info = () => getInfo().join(' ') || '(none)';
const untouched = info();
console.error('to stderr');
const afterStderr = info();
console.log(untouched, afterStderr);
console.log(info());
process.stdout.write(`${getInfo().length}\n`);
