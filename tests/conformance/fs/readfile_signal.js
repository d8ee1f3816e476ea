// The signal option (duck-typed: an object with `aborted`): aborted before the
// call -> AbortError at once (synchronously, as Node); aborted during the read -> AbortError.
const fs = require('fs');
const dir = require('./lib/fixture')('readfile_signal', { 'hello.txt': 'hello' });
const p = `${dir}/hello.txt`;
const show = (label) => (err, data) => console.log(label, err && err.name, err && err.code, '|', err && err.message, '| cause:', err && err.cause, '| data:', data);
let sync = true;
fs.readFile(p, { signal: { aborted: true, reason: 'early' } }, (err) => console.log('pre-aborted, called synchronously:', sync, err.name));
sync = false;
fs.readFile(p, { signal: { aborted: true, reason: 'why' } }, show('pre-aborted:'));
const during = { aborted: false, reason: undefined };
fs.readFile(p, { signal: during, encoding: 'utf8' }, (err, data) => {
  show('aborted during the read:')(err, data);
  fs.readFile(p, { signal: { aborted: false }, encoding: 'utf8' }, show('never aborted:'));
});
during.aborted = true;
during.reason = 'later';
try {
  fs.readFile(p, { signal: {} }, () => {});
} catch (e) {
  console.log('not a signal:', e.code, '|', e.message);
}
