// Line endings (\r\n, \r, U+2028, U+2029) and a multi-byte character cut between chunks at every
// place give the same lines; a line of 25 MiB written in 64 KiB chunks comes out whole.
const readline = require('readline');
const { PassThrough } = require('stream');

const text = Buffer.from('a\u2028b\u2029c\r\nd\re\nf€g\u2028');
const expected = '["a","b","c","d","e","f€g"]';
let checked = 0;
let wrong = 0;
for (let cut1 = 1; cut1 < text.length; cut1++) {
  for (let cut2 = cut1; cut2 < text.length; cut2++) {
    const input = new PassThrough();
    const rl = readline.createInterface({ input, crlfDelay: Infinity });
    const lines = [];
    rl.on('line', (l) => lines.push(l));
    rl.on('close', () => {
      checked++;
      const got = JSON.stringify(lines);
      if (got !== expected && wrong++ < 5) console.log('cut at', cut1, cut2, got);
    });
    input.write(text.subarray(0, cut1));
    input.write(text.subarray(cut1, cut2));
    input.write(text.subarray(cut2));
    input.end();
  }
}

const input = new PassThrough();
const rl = readline.createInterface({ input });
rl.on('line', (l) => console.log('long line', l.length, l === 'x'.repeat(l.length)));
rl.on('close', () => console.log('splits checked', checked, 'wrong', wrong));
const part = Buffer.alloc(65536, 'x');
for (let i = 0; i < 400; i++) input.write(part);
input.end('\nlast');
