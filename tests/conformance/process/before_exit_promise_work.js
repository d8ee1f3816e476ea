// Checks: a promise resolved in 'beforeExit' runs its reactions, and a timer awaited in an async
// beforeExit listener keeps the process alive long enough to fire; beforeExit then fires again.
let round = 0;
process.on('beforeExit', async () => {
  round++;
  console.log('beforeExit round', round);
  if (round === 1) {
    await new Promise((resolve) => setTimeout(resolve, 5));
    console.log('awaited timer inside beforeExit');
  }
});
process.on('exit', () => console.log('exit after', round, 'rounds'));
