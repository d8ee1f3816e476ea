process.on('exit', (c) => console.log('exit', c));
console.log('before');
await new Promise(() => {});
console.log('never');
