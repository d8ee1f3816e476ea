// for await over many lines arriving at once: the iterator pauses the interface past 1024 queued
// lines (its watermark data shows it), the input ends and the interface closes meanwhile, and
// every queued line is still delivered without resuming the closed interface.
const { Readable } = require('stream');
const readline = require('readline');
const content = Array(3000).fill(0).map((_, i) => i).join('\n');
const input = Readable.from([content]);
const rl = readline.createInterface({ input, crlfDelay: Infinity });
let lines = 0;
rl.on('line', () => { lines++; });
const it = rl[Symbol.asyncIterator]();
const wm = it[Symbol.for('nodejs.watermarkData')];
rl.on('pause', () => console.log('pause event after', lines, 'lines; size', wm.size, 'isPaused', wm.isPaused));
input.on('data', (c) => console.log('data chunk', typeof c, c.length));
rl.on('close', () => console.log('close after', lines, 'size', wm.size, 'isPaused', wm.isPaused));
(async () => { let n = 0; for await (const l of it) n++; console.log('n', n); })();
