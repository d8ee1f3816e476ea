// Tab completion in terminal mode: the common prefix is inserted, a second tab lists the
// completions in columns (output.columns), a callback completer (two parameters), an async one
// (readline/promises), and a completer error.
const readline = require('readline');
const readlinePromises = require('readline/promises');
const { PassThrough } = require('stream');

const words = ['apple', 'apricot', 'banana', 'blueberry', 'cherry'];
const complete = (line) => {
  const hits = words.filter((w) => w.startsWith(line));
  return [hits.length ? hits : words, line];
};

function make(completer, module = readline) {
  const input = new PassThrough();
  const output = new PassThrough();
  output.columns = 30;
  const out = { text: '' };
  output.on('data', (d) => { out.text += d; });
  const rl = module.createInterface({ input, output, terminal: true, completer, prompt: '' });
  const type = (label, data) => {
    out.text = '';
    input.write(data);
    return new Promise((resolve) => setImmediate(() => {
      console.log(label.padEnd(14), JSON.stringify(rl.line), rl.cursor, JSON.stringify(out.text));
      resolve();
    }));
  };
  return { rl, type };
}

(async () => {
  const sync = make(complete);
  await sync.type('a + tab', 'a\t');
  await sync.type('tab again', '\t');
  await sync.type('tab tab', '\t');
  await sync.type('ctrl-u', '\x15');
  await sync.type('b + tab', 'bl\t');
  await sync.type('empty tab tab', '\x15\t\t');
  sync.rl.close();

  const callback = make((line, cb) => cb(null, [['cherry'], line]));
  await callback.type('callback tab', 'ch\t');
  callback.rl.close();

  const promised = make(async (line) => [['banana'], line], readlinePromises);
  await promised.type('async tab', 'ba\t');
  promised.rl.close();

  // (Not an Error: its stack would show each runtime's own frames.)
  const failing = make((line, cb) => cb('no completions'));
  await failing.type('error tab', 'x\t');
  failing.rl.close();
})();
