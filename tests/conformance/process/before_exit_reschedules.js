// Checks: 'beforeExit' fires when the loop is empty; work scheduled there restarts the loop and
// 'beforeExit' fires again afterwards; 'exit' fires once at the very end.
let n = 0;
process.on('beforeExit', (code) => {
  console.log('beforeExit', code, n);
  if (n++ < 2) setTimeout(() => console.log('timer scheduled in beforeExit', n), 1);
});
process.on('exit', (c) => console.log('exit', c));
console.log('end of script');
