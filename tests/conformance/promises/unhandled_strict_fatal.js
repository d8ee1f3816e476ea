// --unhandled-rejections=strict with no uncaughtException listener: fatal even with an
// 'unhandledRejection' listener, which never runs.
process.on('unhandledRejection', () => console.log('not reached'));
process.on('exit', (code) => console.log('exit', code));
Promise.reject(new Error('fatal'));
