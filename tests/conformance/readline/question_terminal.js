// readline/promises on a terminal: Ctrl-C (no SIGINT listener) and Ctrl-D on an empty line close
// the interface and reject the pending question with an AbortError; an answer typed with
// editing keys; the callback form is not rejected (its interface just closes).
const readline = require('readline');
const readlinePromises = require('readline/promises');
const { PassThrough } = require('stream');

function make(module) {
  const input = new PassThrough();
  const output = new PassThrough();
  output.resume();
  return { input, rl: module.createInterface({ input, output, terminal: true }) };
}

(async () => {
  const a = make(readlinePromises);
  const answer = a.rl.question('name? ');
  a.input.write('Ad');
  a.input.write('x\x7fa\r');
  console.log('answer', await answer);
  for (const [label, key] of [['ctrl-c', '\x03'], ['ctrl-d', '\x04']]) {
    const t = make(readlinePromises);
    const p = t.rl.question('q? ');
    t.input.write(key);
    await p.then((v) => console.log(label, 'resolved', v), (e) => console.log(label, e.name, e.code, e.message));
    console.log(label, 'closed', t.rl.closed);
  }
  const c = make(readline);
  c.rl.question('q? ', (v) => console.log('callback answer (not expected)', v));
  c.rl.on('close', () => console.log('callback form: closed'));
  c.input.write('\x03');
})();
