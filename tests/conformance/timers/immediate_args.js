// Checks: arguments after the callback are passed to the setImmediate callback.
setImmediate((a, b) => console.log('immediate args', a, b), 1, 'two');
setImmediate((...rest) => console.log('five args', rest.length, rest.join(',')), 1, 2, 3, 4, 5);
setImmediate((...rest) => console.log('no args', rest.length));
