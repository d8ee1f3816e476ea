// process.finalization: callbacks for objects still alive at 'beforeExit' and 'exit';
// unregister() (twice is fine) drops them; a bad object gets Node's error; each function
// warns once that it is experimental.
const kept = { name: 'kept' };
const dropped = { name: 'dropped' };
const early = { name: 'early' };
process.finalization.register(kept, (obj, event) => console.log('exit:', obj.name, event));
process.finalization.register(dropped, () => console.log('never'));
process.finalization.registerBeforeExit(early, (obj, event) => console.log('beforeExit:', obj.name, event));
process.finalization.unregister(dropped);
process.finalization.unregister(dropped);
for (const args of [[undefined], [1, () => {}]]) {
  try {
    process.finalization.register(...args);
  } catch (err) {
    console.log(err.code, err.message);
  }
}
