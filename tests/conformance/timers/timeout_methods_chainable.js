// Checks: Timeout's ref/unref/refresh/close return the same object (chainable) and hasRef()
// tracks ref/unref.
const t = setTimeout(() => console.log('should not fire: closed'), 50);
console.log('hasRef', t.hasRef());
console.log('unref returns this', t.unref() === t, 'hasRef', t.hasRef());
console.log('ref returns this', t.ref() === t, 'hasRef', t.hasRef());
console.log('refresh returns this', t.refresh() === t);
console.log('chained', t.unref().ref().refresh() === t, 'hasRef', t.hasRef());
console.log('close returns this', t.close() === t);
const im = setImmediate(() => console.log('immediate fired'));
console.log('immediate hasRef', im.hasRef(), 'unref returns this', im.unref() === im, 'hasRef', im.hasRef());
console.log('immediate ref returns this', im.ref() === im, 'hasRef', im.hasRef());
