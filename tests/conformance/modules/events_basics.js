const EventEmitter = require('events');
const e = new EventEmitter();
e.on('newListener', (name) => console.log('newListener', name));
e.on('x', (a, b) => console.log('x', a, b));
e.once('x', () => console.log('once'));
e.prependListener('x', () => console.log('first'));
e.emit('x', 1, 2);
e.emit('x', 3, 4);
console.log(e.listenerCount('x'), e.eventNames());
try { e.emit('error', new Error('boom')); } catch (err) { console.log('thrown', err.message); }
try { e.emit('error', 'str'); } catch (err) { console.log(err.code, err.message); }
try { e.emit('error'); } catch (err) { console.log(err.code, err.message); }
console.log(EventEmitter.defaultMaxListeners, e.getMaxListeners(), EventEmitter.EventEmitter === EventEmitter);
