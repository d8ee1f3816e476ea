// Checks: a Stats date read twice from the same code site is the same Date, and an assigned value
// is what later reads see (found while fuzzing: Boa's inline cache re-ran the lazy date getter,
// which made a fresh Date each time and overwrote assignments).
const fs = require('fs');
const mtimeOf = (stats) => stats.mtime;
const stats = fs.statSync(__filename);
const first = mtimeOf(stats);
const second = mtimeOf(stats);
console.log(first === second, first instanceof Date, first.getTime() === Math.round(stats.mtimeMs));
stats.mtime = 'assigned';
console.log(mtimeOf(stats), mtimeOf(stats));
for (const s of [fs.statSync(__filename), fs.statSync(__filename)]) {
  console.log(mtimeOf(s) === mtimeOf(s), Object.keys(s).includes('mtime'));
}
const times = [];
for (let i = 0; i < 3; i++) times.push(stats.atime);
console.log(times[0] === times[1] && times[1] === times[2]);
