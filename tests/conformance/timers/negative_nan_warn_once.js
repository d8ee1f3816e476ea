// Checks: Node 24 warns once per process for a negative delay and once for a NaN delay (an
// undefined delay is 1 ms without a warning); the timers still fire after 1 ms.
process.on('warning', (w) => console.log('warning event:', w.name));
const fired = [];
setTimeout(() => fired.push('a'), -1);
setTimeout(() => fired.push('b'), -2);
setTimeout(() => fired.push('c'), NaN);
setTimeout(() => fired.push('d'), 'x');
setTimeout(() => fired.push('e'));
setInterval(function () { fired.push('i'); clearInterval(this); }, -3);
setTimeout(() => console.log(fired.sort().join(' ')), 50);
