// Checks: inside an I/O callback (fs.readFile), setImmediate always runs before setTimeout 0,
// because the check phase follows the poll phase directly.
const fs = require('fs');
fs.readFile(__filename, () => {
  setTimeout(() => console.log('timeout'), 0);
  setImmediate(() => console.log('immediate'));
});
