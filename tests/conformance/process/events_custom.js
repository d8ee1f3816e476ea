// Checks: process is an EventEmitter for custom events: on/once/off/emit with arguments, emit's
// return value, listenerCount, and chaining of on/off.
const f = (a, b) => console.log('f got', a, b);
console.log('on returns process', process.on('my-event', f) === process);
process.once('my-event', () => console.log('once listener'));
console.log('listenerCount', process.listenerCount('my-event'));
console.log('emit returns', process.emit('my-event', 1, 'two'));
console.log('listenerCount after once', process.listenerCount('my-event'));
process.emit('my-event', 3, 'four');
console.log('off returns process', process.off('my-event', f) === process);
console.log('emit with no listeners returns', process.emit('my-event', 5));
process.addListener('other', function () { console.log('this is process', this === process); });
process.emit('other');
process.removeAllListeners('other');
console.log('after removeAllListeners', process.listenerCount('other'));
