// A script's process._fatalException gets the uncaught error (and whether it came from a
// promise) instead of Node's handler: true means handled and the loop goes on; false ends
// the process with the report and code 1, without 'exit' listeners.
let calls = 0;
process._fatalException = function(err, fromPromise) {
  console.log('handler', err.message, fromPromise, this === process);
  return ++calls === 1;
};
process.on('exit', (code) => console.log('exit', code));
setTimeout(() => {
  console.log('timer ran');
  throw new Error('second');
}, 1);
throw new Error('first');
