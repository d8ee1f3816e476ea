// fork(): the child runs this file with an IPC channel; messages go both ways as JSON
// ('message' in order), the child's process.connected/send, disconnect() ending the channel,
// then the parent's 'disconnect', 'exit' and 'close'. Bad messages get Node's errors.
const { fork } = require('child_process');
if (process.argv[2] === 'child') {
  process.on('message', (message) => {
    if (message === 'bye') {
      process.send({ last: true }, () => process.disconnect());
      return;
    }
    process.send({ echo: message, connected: process.connected, argv: process.argv.slice(2) });
  });
  process.send('ready');
} else {
  const child = fork(__filename, ['child', 'x']);
  const events = [];
  child.on('message', (message) => {
    events.push(JSON.stringify(message));
    if (message === 'ready') {
      child.send({ n: 1, list: [1, 'two', null] });
      child.send('text with\nnewline');
      child.send('bye');
    }
  });
  try {
    child.send(undefined);
  } catch (err) {
    console.log(err.code, err.message);
  }
  try {
    child.send(Symbol('s'));
  } catch (err) {
    console.log(err.code, err.message);
  }
  child.on('disconnect', () => events.push(`disconnect connected=${child.connected}`));
  child.on('exit', (code, signal) => events.push(`exit ${code} ${signal}`));
  child.on('close', (code) => {
    events.push(`close ${code}`);
    console.log(events.join('\n'));
    child.send('late', (err) => console.log('late send:', err.code, err.message));
  });
}
