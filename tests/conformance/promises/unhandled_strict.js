// --unhandled-rejections=strict: the rejection is an uncaught exception first (origin
// 'unhandledRejection'); once that is handled, 'unhandledRejection' fires too.
process.on('uncaughtException', (err, origin) => console.log('uncaughtException', err.message || err, origin));
process.on('unhandledRejection', (reason) => console.log('unhandledRejection', reason.message || reason));
process.on('exit', (code) => console.log('exit', code));
Promise.reject(new Error('strict one'));
Promise.reject(5);
