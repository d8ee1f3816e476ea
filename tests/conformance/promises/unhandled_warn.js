// --unhandled-rejections=warn: 'unhandledRejection' and a warning for every rejection (numbered),
// a late handler is PromiseRejectionHandledWarning, and the process exits normally.
process.on('exit', (code) => console.log('exit', code, process.exitCode));
process.on('unhandledRejection', (reason) => console.log('unhandledRejection', reason));
const p = Promise.reject(42);
Promise.reject('a string');
Promise.reject({ an: 'object' });
setTimeout(() => p.catch(() => console.log('caught late')), 5);
