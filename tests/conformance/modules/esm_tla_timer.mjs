const { setTimeout: sleep } = await import('node:timers/promises');
console.log('a');
await sleep(5);
console.log('b');
setTimeout(() => console.log('timer after tla'), 1);
