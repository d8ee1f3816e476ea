process.on('uncaughtException', (e, origin) => console.log('handler:', e.message, origin));
setTimeout(() => { throw new Error('later'); }, 1);
