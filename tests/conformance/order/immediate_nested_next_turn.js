// Checks: an immediate queued by an immediate runs in the NEXT check phase, after all immediates
// that were already queued (the check phase runs a snapshot of the queue).
setImmediate(() => {
  console.log('imm 1');
  setImmediate(() => {
    console.log('imm 4 (nested in 1)');
    setImmediate(() => console.log('imm 6 (nested in 4)'));
  });
});
setImmediate(() => {
  console.log('imm 2');
  setImmediate(() => console.log('imm 5 (nested in 2)'));
});
setImmediate(() => console.log('imm 3'));
