const EventEmitter = require('events');
const e = new EventEmitter();
for (let i = 0; i < 11; i++) e.on('x', () => {});
const ee = new EventEmitter(); ee.setMaxListeners(1); ee.on('y', ()=>{}); ee.on('y', ()=>{});
