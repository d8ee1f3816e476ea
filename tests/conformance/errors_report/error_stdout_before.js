// Checks: output before an uncaught error is kept, in order
console.log('first');
console.error('second');
throw new Error('third');
