// Checks: util.styleText: one style, a list, 'none', every style name of inspect.colors, no codes
// when the stream has no colors (the default stdout here is a pipe), validateStream: false, a
// custom stream object, and the errors (bad format, text, stream, validateStream).
const util = require('util');
const raw = { validateStream: false };
console.log(JSON.stringify(util.styleText('red', 'x', raw)), JSON.stringify(util.styleText(['bold', 'underline', 'none', 'bgBlue'], 'y', raw)));
for (const key of Object.keys(util.inspect.colors)) console.log(key, JSON.stringify(util.styleText(key, 't', raw)));
console.log(JSON.stringify(util.styleText('red', 'plain')), JSON.stringify(util.styleText('red', 'tty', { stream: { isTTY: true, write() {}, on() {}, getColorDepth: () => 8 } })));
console.log(JSON.stringify(util.styleText('red', 'mono', { stream: { isTTY: true, write() {}, on() {}, getColorDepth: () => 1 } })));
for (const args of [['nope', 'x'], [['red', 'nope'], 'x'], ['red', 5], ['red', 'x', { stream: {} }], ['red', 'x', { validateStream: 1 }], [5, 'x']]) {
  try { util.styleText(...args); console.log('no throw'); } catch (e) { console.log(e.name, e.code, e.message.slice(0, 120)); }
}
