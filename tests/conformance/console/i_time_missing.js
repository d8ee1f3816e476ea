// Checks: timeEnd/timeLog of a missing label and a duplicate time warn
console.timeEnd('missing');
console.timeLog('missing');
console.time('dup');
console.time('dup');
console.log('done');
