// --unhandled-rejections=warn-with-error-code: without a listener, a warning and exit code 1.
process.on('exit', (code) => console.log('exit', code, process.exitCode));
const p = Promise.reject(7);
setTimeout(() => {
  process.on('rejectionHandled', (promise) => console.log('rejectionHandled', promise === p));
  p.catch(() => console.log('caught late'));
}, 5);
