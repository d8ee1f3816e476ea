// readline over a Readable without a terminal: lines end at \n, \r\n (also split over two
// chunks), a lone \r, U+2028 and U+2029; a multi-byte character split over chunks stays whole;
// the text after the last line ending is a line at 'end', then 'close'.
const readline = require('readline');
const { PassThrough } = require('stream');

const input = new PassThrough();
const rl = readline.createInterface({ input, crlfDelay: Infinity });
const lines = [];
rl.on('line', (line) => lines.push(line));
rl.on('close', () => {
  console.log(JSON.stringify(lines));
  console.log('terminal', rl.terminal, 'line', JSON.stringify(rl.line), 'closed', rl.closed);
});
const euro = Buffer.from('€');
input.write('one\ntwo\r');
input.write('\nthree\rfour\r\n\nfive');
input.write(Buffer.concat([Buffer.from(' six '), euro.subarray(0, 1)]));
input.write(Buffer.concat([euro.subarray(1), Buffer.from('\u2028seven\u2029eight\n')]));
input.end('no newline at the end');
