const EventEmitter = require('events');
const e = new EventEmitter();
e.setMaxListeners(2);
for (let i = 0; i < 3; i++) e.on('x', () => {});
process.on('warning', (w) => console.log(w.name, w.message));
