// Files whose size is 0 in fstat (/proc) are read to EOF; /dev/null is empty.
const fs = require('fs');
fs.readFile('/proc/self/status', 'utf8', (err, text) => {
  console.log('/proc/self/status:', err, text.startsWith('Name:'), text.includes('\nPid:'), text.length > 200);
  fs.readFile('/dev/null', (e, d) => {
    console.log('/dev/null:', e, d);
    console.log('/proc sync:', fs.readFileSync('/proc/self/stat', 'utf8').length > 10);
  });
});
