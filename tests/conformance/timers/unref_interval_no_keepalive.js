// Checks: an unref'd interval does not keep the process alive (unref() chained on setInterval).
setInterval(() => console.log('unref interval (should NOT print)'), 50).unref();
process.on('exit', (c) => console.log('exit', c));
console.log('end of script');
