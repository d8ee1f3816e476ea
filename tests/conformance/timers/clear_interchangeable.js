// Checks: clearTimeout cancels an interval and clearInterval cancels a timeout.
const i = setInterval(() => console.log('interval: SHOULD NOT FIRE'), 5);
clearTimeout(i);
const t = setTimeout(() => console.log('timeout: SHOULD NOT FIRE'), 5);
clearInterval(t);
setTimeout(() => console.log('done; destroyed:', i._destroyed, t._destroyed), 20);
