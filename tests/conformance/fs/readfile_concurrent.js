// Many concurrent reads: every callback runs once with its own file's data
// (completion order is not deterministic, so results are sorted).
const fs = require('fs');
const dir = require('./lib/fixture')('readfile_concurrent');
const N = 200;
for (let i = 0; i < N; i++) fs.writeFileSync(`${dir}/f${i}.txt`, `file ${i} `.repeat(i + 1));
const results = [];
let calls = 0;
for (let i = 0; i < N; i++) {
  fs.readFile(`${dir}/f${i}.txt`, i % 2 ? 'utf8' : undefined, (err, data) => {
    calls++;
    const text = typeof data === 'string' ? data : data.toString();
    results.push(`${i}:${text === `file ${i} `.repeat(i + 1)}`);
    if (results.length === N) {
      console.log('all ok:', results.every((r) => r.endsWith('true')), 'calls:', calls);
      console.log(results.sort((a, b) => parseInt(a) - parseInt(b)).slice(0, 5).join(' '));
    }
  });
}
