// Checks: console.log prints top-level strings raw but quotes them inside objects
console.log('raw \'quoted\' text', { s: 'raw \'quoted\'' });
console.log('two', 'strings', ['in array']);
