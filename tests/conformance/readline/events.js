// The Interface's 'pause', 'resume', 'close' and 'history' events, pause()/resume() on the input,
// write() into the interface, close() once, the signal option, and the options' checks.
const readline = require('readline');
const { PassThrough } = require('stream');

const input = new PassThrough();
const rl = readline.createInterface({ input });
for (const name of ['pause', 'resume', 'close']) rl.on(name, () => console.log('event', name));
rl.on('line', (l) => console.log('line', l));
rl.pause();
console.log('paused', rl.paused, input.isPaused());
rl.pause();
rl.resume();
console.log('paused', rl.paused, input.isPaused());
rl.write('written into it\n');
rl.close();
rl.close();
console.log('input listeners after close', input.listenerCount('data'), input.listenerCount('end'));

const ac = new AbortController();
const rl2 = readline.createInterface({ input: new PassThrough(), signal: ac.signal });
rl2.on('close', () => console.log('closed by signal'));
ac.abort();

const rl3 = readline.createInterface({ input: new PassThrough(), signal: AbortSignal.abort() });
rl3.on('close', () => console.log('closed by an aborted signal, on the next tick'));

for (const [label, options] of [
  ['completer', { completer: 5 }],
  ['historySize', { historySize: -1 }],
  ['history', { history: 'x' }],
  ['tabSize', { tabSize: 0 }],
  ['escapeCodeTimeout', { escapeCodeTimeout: NaN }],
  ['signal', { signal: {} }],
]) {
  try {
    readline.createInterface({ input: new PassThrough(), ...options });
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
