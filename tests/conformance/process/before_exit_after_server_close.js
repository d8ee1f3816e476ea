// A server closed from a 'beforeExit' listener's work keeps the loop alive until its close
// callback, so 'beforeExit' comes again, and a listener added then runs.
const net = require('net');
let n = 0;
process.on('beforeExit', () => console.log('beforeExit', ++n));
process.once('beforeExit', () => {
  net.createServer().listen(0, '127.0.0.1').on('listening', function() {
    this.close();
    console.log('closed');
    process.once('beforeExit', () => console.log('added after close'));
  });
});
process.on('exit', () => console.log('exit'));
