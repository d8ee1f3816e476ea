// Checks: inside an I/O callback, setImmediate runs before a timer even when that timer is
// already due (the callback busy-waits 20 ms past the timer's delay): poll -> check -> timers.
const fs = require('fs');
fs.readFile(__filename, () => {
  setTimeout(() => console.log('timeout (was due before the immediate ran)'), 1);
  setImmediate(() => console.log('immediate'));
  const end = Date.now() + 20;
  while (Date.now() < end);
});
