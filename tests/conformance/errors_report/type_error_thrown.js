// Checks: an uncaught TypeError from user code
console.log('start');
throw new TypeError('wrong type');
