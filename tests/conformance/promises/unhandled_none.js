// --unhandled-rejections=none: no warning, no failure; the event still fires with a listener.
process.on('exit', (code) => console.log('exit', code));
Promise.reject(new Error('ignored'));
setTimeout(() => {
  process.on('unhandledRejection', (reason, promise) => console.log('event', reason, promise instanceof Promise));
  Promise.reject('seen');
}, 5);
