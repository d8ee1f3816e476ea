// Checks: refresh() restarts the countdown from now with the same delay: A (100 ms) refreshed at
// 50 ms fires at ~150 ms, so after B (130 ms) although it was due first. Ordering only, no timings.
const a = setTimeout(() => console.log('A (100ms, refreshed at 50ms)'), 100);
setTimeout(() => { console.log('refresh A'); a.refresh(); }, 50);
setTimeout(() => console.log('B (130ms)'), 130);
