// console.log/info/debug/warn/error publish their arguments, unformatted, on the
// 'console.<method>' diagnostics channels (global console and Console instances).
const dc = require('diagnostics_channel');
const { Console } = require('console');
const { PassThrough } = require('stream');
const seen = [];
for (const m of ['log', 'info', 'debug', 'warn', 'error']) {
  dc.subscribe(`console.${m}`, (args) => seen.push([m, args.length, typeof args[1]]));
}
const obj = { a: 1 };
console.log('x', obj);
console.info('x', 1);
console.debug('x');
console.warn('x', obj);
console.error('x', 'y');
const sink = new PassThrough();
new Console(sink, sink).log('y', obj);
process.stdout.write(`${JSON.stringify(seen)}\n`);
