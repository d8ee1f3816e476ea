// setUncaughtExceptionCaptureCallback takes uncaught exceptions (and unhandled rejections)
// instead of the uncaughtException listeners, until it is set back to null.
process.on('uncaughtException', () => console.log('listener (not called)'));
process.setUncaughtExceptionCaptureCallback((err) => console.log('captured', err.message));
setTimeout(() => { throw new Error('from a timer'); }, 1);
setTimeout(() => {
  console.log('still running', process.hasUncaughtExceptionCaptureCallback());
  process.setUncaughtExceptionCaptureCallback(null);
  console.log(process.hasUncaughtExceptionCaptureCallback());
}, 5);
Promise.reject(new Error('a rejection'));
