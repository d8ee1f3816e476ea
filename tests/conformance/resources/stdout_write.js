// process.stdout.write opens only stdout; console.error then opens stderr.
const getInfo = process.getActiveResourcesInfo.bind(process);
process.stdout.write(`${getInfo().length}\n`);
process.stdout.write(`${getInfo().join(' ')}\n`);
console.error('to stderr');
process.stdout.write(`${getInfo().join(' ')}\n`);
