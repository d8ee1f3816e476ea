// Checks: timers with equal delays fire in creation order, and a delay of 0 is the same as 1
// (0 and 1 ms timers interleave purely by creation order). A 50 ms timer comes last.
setTimeout(() => console.log('A 1ms'), 1);
setTimeout(() => console.log('B 0ms'), 0);
setTimeout(() => console.log('C 1ms'), 1);
setTimeout(() => console.log('D 0ms'), 0);
setTimeout(() => console.log('E no delay argument'));
setTimeout(() => console.log('F 50ms'), 50);
setTimeout(() => console.log('G 1ms'), 1);
