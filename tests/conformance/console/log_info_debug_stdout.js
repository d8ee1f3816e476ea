// Checks: console.log, console.info and console.debug all write to stdout (and nothing to stderr).
console.log('log');
console.info('info');
console.debug('debug');
console.log('log again');
