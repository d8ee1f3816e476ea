// Checks: objects just under and just over the 72/80 column limits
for (let n = 60; n <= 80; n += 4) console.log({ key: 'v'.repeat(n - 10), k2: 1 });
console.log({ a: 'aaaaaaaaaaaaaaaa', b: 'bbbbbbbbbbbbbbbb', c: 'cccccccccccccccc', d: 'ddd' });
