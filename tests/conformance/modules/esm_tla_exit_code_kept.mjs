// Checks: an unsettled top-level await does not override an exit code the script set (no warning
// either); 'exit' listeners see the script's code.
process.exitCode = 5;
process.on('exit', (code) => console.log('exit', code, process.exitCode));
console.log('waiting');
await new Promise(() => {});
