// getCursorPos and the redraw in terminal mode when the line is wider than output.columns: the
// rows and columns of the cursor with wrapping, tabs (tabSize) and wide characters.
const readline = require('readline');
const { PassThrough } = require('stream');

const input = new PassThrough();
const output = new PassThrough();
output.columns = 10;
let written = '';
output.on('data', (d) => { written += d; });
const rl = readline.createInterface({ input, output, terminal: true, prompt: '>> ', tabSize: 4 });
console.log('columns', rl.columns);
for (const text of ['abc', 'defghij', 'k', '\t', '宽字符', 'z']) {
  written = '';
  input.write(text);
  console.log(JSON.stringify(text), JSON.stringify(rl.getCursorPos()), JSON.stringify(written));
}
written = '';
input.write('\x01');
console.log('home', JSON.stringify(rl.getCursorPos()), JSON.stringify(written));
written = '';
input.write('\x05');
console.log('end', JSON.stringify(rl.getCursorPos()), JSON.stringify(written));
const noColumns = readline.createInterface({ input: new PassThrough(), output: new PassThrough(), terminal: true });
console.log('no columns', noColumns.columns);
noColumns.close();
rl.close();
