// Checks: arguments after the delay are passed to the setTimeout callback, any number of them.
setTimeout((a, b, c) => console.log('args:', a, b, c), 0, 'x', 42, true);
setTimeout((...rest) => console.log('count:', rest.length, rest[0], rest[19]), 1, ...Array.from({ length: 20 }, (_, i) => i));
setTimeout((...rest) => console.log('no extra args:', rest.length), 2);
