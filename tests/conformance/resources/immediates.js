// Immediates count while queued (ref'd only); one stops counting as its
// callback begins, the ones behind it still count.
const getInfo = process.getActiveResourcesInfo.bind(process);
const info = () => getInfo().join(' ') || '(none)';
const a = setImmediate(() => {
  console.log('in a', info());
});
setImmediate(() => {
  console.log('in b', info());
  setImmediate(() => console.log('in c (queued by b)', info()));
  console.log('b queued c', info());
});
const u = setImmediate(() => console.log('in unref\'d'));
u.unref();
console.log('queued', info());
const x = setImmediate(() => console.log('never'));
clearImmediate(x);
console.log('one cleared', info());
console.log('a hasRef', a.hasRef());
