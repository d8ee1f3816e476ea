// Checks: process.nextTick passes its extra arguments to the callback.
process.nextTick((a, b, c) => console.log('nextTick args', a, b, c), 'A', 2, null);
process.nextTick((...rest) => console.log('no args', rest.length));
