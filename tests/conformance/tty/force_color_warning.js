// FORCE_COLOR overrides NO_COLOR, and Node says so once.
const { WriteStream } = require('tty');
process.on('warning', (w) => console.log('warning:', w.name, w.message));
console.log(WriteStream.prototype.getColorDepth({ FORCE_COLOR: '1', NO_COLOR: '1' }));
console.log(WriteStream.prototype.getColorDepth({ FORCE_COLOR: '2', NODE_DISABLE_COLORS: '1' }));
console.log(WriteStream.prototype.getColorDepth({ FORCE_COLOR: '0', NO_COLOR: '1' }));
