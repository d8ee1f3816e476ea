// Checks: 'beforeExit' is not emitted when the process ends through process.exit().
process.on('beforeExit', () => console.log('beforeExit: never'));
process.on('exit', (code) => console.log('exit', code));
setTimeout(() => process.exit(), 1);
