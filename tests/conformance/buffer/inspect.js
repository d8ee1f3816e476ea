// console.log of Buffers: hex bytes, cut after 50 with "... N more bytes".
console.log(Buffer.from('hello'));
console.log(Buffer.alloc(0));
console.log(Buffer.alloc(50, 1));
console.log(Buffer.alloc(51));
console.log(Buffer.alloc(60, 'ab'));
console.log([Buffer.from('ab')], { b: Buffer.from('x') });
console.log('%s|%o', 'fmt', Buffer.from([1]));
console.log(require('util').inspect(Buffer.from('yo')));
console.log(Buffer.from('abc').subarray(1));
