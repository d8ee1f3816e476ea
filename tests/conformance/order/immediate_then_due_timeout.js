// Checks: inside an immediate, a timer that is already due when the immediate returns (the
// callback busy-waits 20 ms) runs before an immediate queued from it: the loop goes
// check -> timers -> poll -> check. (Without the busy wait node's order would depend on timing.)
setImmediate(() => {
  setImmediate(() => console.log('nested immediate'));
  setTimeout(() => console.log('timeout 1ms (due)'), 1);
  const end = Date.now() + 20;
  while (Date.now() < end);
});
