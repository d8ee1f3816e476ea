// A pending fs request is an 'FSReqCallback', listed before handles and
// timers; it still counts while its own callback runs.
const fs = require('fs');
const getInfo = process.getActiveResourcesInfo.bind(process);
const info = () => getInfo().join(' ') || '(none)';
fs.readFile(__filename, 'utf8', (err, text) => {
  console.log('in callback', info(), typeof text);
  setImmediate(() => console.log('after the callback', info()));
});
console.log('pending', info());
