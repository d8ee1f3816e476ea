// Checks: a timer created inside a timer callback never runs in the same timers pass, even with
// delay 0: the already-due timer B runs first, and an immediate queued by A runs before it too.
// (The main script busy-waits 5 ms so that A and B are both due in the first timers pass; without
// it node's clock can tick between creating A and B and B lands in a later pass.)
setTimeout(() => {
  console.log('A');
  setTimeout(() => console.log('nested 0 from A'), 0);
  setImmediate(() => console.log('immediate from A'));
}, 0);
setTimeout(() => console.log('B'), 0);
const end = Date.now() + 5;
while (Date.now() < end);
