// util.stripVTControlCharacters removes SGR and cursor sequences and OSC 8 hyperlinks ended by
// any string terminator (BEL, ESC \ and the C1 ST).
const { stripVTControlCharacters } = require('util');
const samples = ['\u001B[0m\u001B[4m\u001B[42m\u001B[31mfoo\u001B[39m\u001B[49m\u001B[24mfoo\u001B[0m',
  '\u001B[0;33;49;3;9;4mbar\u001B[0m', 'foo\u001B[0gbar', 'foo\u001B[Kbar', 'foo\u001B[2Jbar'];
for (const st of ['\u0007', '\u001B\u005C', '\u009C']) {
  samples.push(`\u001B]8;;mailto:someone@example.com${st}mail\u001B]8;;${st}`,
    `\u001B]8;k=v;https://example.com/?a_b=1&c=2#x%20y${st}click\u001B]8;;${st}`);
}
for (const s of samples) console.log(JSON.stringify(stripVTControlCharacters(s)));
