// require() of a 63 MB JSON file (300k records of strings, numbers,
// booleans, nulls and a nested array), then JSON.parse of the same text.
// The file is made once as $TMPDIR/sous-bench-json-63m.json (warm up once
// before timing).
const fs = require('fs');
const file = `${process.env.TMPDIR || '/tmp'}/sous-bench-json-63m.json`;
const RECORDS = 300000;
if (!fs.existsSync(file)) {
  const records = [];
  for (let i = 0; i < RECORDS; i++) {
    records.push({
      id: i,
      name: `record number ${i} with some text`,
      score: i / 7,
      active: i % 3 === 0,
      parent: i % 5 === 0 ? null : i - 1,
      tags: ['alpha', 'beta', String(i % 100)],
      location: { lat: 48.85 + i / 1e6, lon: 2.35 - i / 1e6, label: 'é' },
    });
  }
  fs.writeFileSync(file, JSON.stringify(records));
}
const required = require(file);
const parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
console.log(required.length, parsed.length, parsed[RECORDS - 1].tags[2]);
