// Signals as process events: listeners get (name, number), each signal that arrives is one
// event, uncatchable signals throw uv_signal_start EINVAL, and a signal listener alone does not
// keep the process alive.
process.on('SIGUSR1', (name, num) => console.log('got', name, num));
process.on('SIGUSR2', function once(name) {
  console.log('once', name);
  process.off('SIGUSR2', once);
});
for (const sig of ['SIGKILL', 'SIGSTOP']) {
  try {
    process.on(sig, () => {});
  } catch (e) {
    console.log(sig, e.code, e.errno, e.syscall, e.message);
  }
}
process.kill(process.pid, 'SIGUSR1');
setTimeout(() => {
  process.kill(process.pid, 'SIGUSR2');
  setTimeout(() => {
    process.kill(process.pid, 'SIGUSR1');
    setTimeout(() => console.log('listeners:', process.listenerCount('SIGUSR1'), process.listenerCount('SIGUSR2')), 50);
  }, 50);
}, 50);
process.on('exit', (code) => console.log('exit', code));
