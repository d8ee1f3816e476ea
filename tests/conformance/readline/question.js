// question(): the callback form writes the query to the output and takes the next line (not a
// 'line' event); the prompt goes back; readline/promises' question resolves, and its signal
// rejects with an AbortError; a question after close throws ERR_USE_AFTER_CLOSE.
const readline = require('readline');
const readlinePromises = require('readline/promises');
const { PassThrough } = require('stream');

const input = new PassThrough();
const output = new PassThrough();
let written = '';
output.on('data', (d) => { written += d; });
const rl = readline.createInterface({ input, output, prompt: '$ ' });
console.log('terminal', rl.terminal, 'prompt', rl.getPrompt());
rl.on('line', (line) => console.log('line event', line));
rl.question('name? ', (answer) => {
  console.log('answer', answer, 'prompt', rl.getPrompt());
  input.write('plain line\n');
  rl.setPrompt('# ');
  rl.prompt();
  rl.close();
  console.log('output', JSON.stringify(written));
  try {
    rl.question('again?', () => {});
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
  promised();
});
input.write('Ada\n');

async function promised() {
  const input2 = new PassThrough();
  const rl2 = readlinePromises.createInterface({ input: input2 });
  const p = rl2.question('q? ');
  input2.write('forty two\n');
  console.log('promise answer', await p);
  const ac = new AbortController();
  const aborted = rl2.question('never? ', { signal: ac.signal });
  ac.abort();
  await aborted.catch((e) => console.log('aborted', e.name, e.code));
  await rl2.question('pre-aborted', { signal: AbortSignal.abort() }).catch((e) => console.log('pre-aborted', e.name));
  input2.write('a line after the abort\n');
  rl2.on('line', (l) => console.log('line after abort', l));
  input2.write('next\n');
  rl2.close();
  console.log('promises exports', Object.keys(readlinePromises).sort(), readline.promises === readlinePromises);
}
