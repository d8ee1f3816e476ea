// process.getActiveResourcesInfo() through the life of timeouts and intervals:
// ref'd timers count, unref'd and cleared ones do not, a timeout counts while
// its own callback runs, an interval that clears itself stops counting.
const getInfo = process.getActiveResourcesInfo.bind(process);
const info = () => getInfo().join(' ') || '(none)';
const before = info();
console.log('start', before);
setTimeout(() => {
  console.log('in timeout', info());
}, 1);
const iv = setInterval(() => {
  console.log('in interval', info());
  clearInterval(iv);
  console.log('interval cleared itself', info());
}, 2);
const t = setTimeout(() => {}, 1000);
t.unref();
console.log('unref', info());
t.ref();
console.log('ref again', info());
clearTimeout(t);
clearTimeout(t);
console.log('cleared twice', info());
const late = setTimeout(() => {
  console.log('in late', info());
  late.refresh();
  console.log('refreshed', info());
  late.unref();
  console.log('unref in callback', info());
}, 30);
process.on('exit', () => console.log('exit', info()));
