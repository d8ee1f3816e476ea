// Checks: the TimeoutOverflowWarning is a process 'warning' event with name and message; it is
// delivered after the main script (on a later tick), and it is still printed on stderr.
process.on('warning', (w) => {
  console.log('warning event:', w.name, '|', w.message.replace('\n', ' / '), '|', w instanceof Error);
});
setTimeout(() => {}, 2 ** 31 + 5).unref();
console.log('end of script');
