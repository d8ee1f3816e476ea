// process.getActiveResourcesInfo() lists a listening server (TCPServerWrap) and each open
// ref'd socket (TCPSocketWrap), before the timers; process._getActiveHandles() gives the
// net.Server and net.Socket objects. unref() takes one off, and so does closing (checked
// at exit).
const net = require('net');
const count = (type) => process.getActiveResourcesInfo().filter((t) => t === type).length;
const server = net.createServer((conn) => {
  const timer = setTimeout(() => {}, 1000);
  const info = process.getActiveResourcesInfo();
  console.log('server side', count('TCPServerWrap'), count('TCPSocketWrap'),
    info.indexOf('TCPSocketWrap') < info.indexOf('Timeout'));
  const handles = process._getActiveHandles();
  console.log('owners', handles.includes(server), handles.includes(conn), handles.includes(client));
  clearTimeout(timer);
  client.unref();
  console.log('client unref', count('TCPSocketWrap'));
  client.ref();
  conn.destroy();
  client.destroy();
  server.close();
  process.on('exit', () => {
    console.log('closed', count('TCPServerWrap'), count('TCPSocketWrap'),
      process._getActiveHandles().includes(server));
  });
});
let client;
server.listen(0, '127.0.0.1', () => {
  console.log('listening', count('TCPServerWrap'));
  client = net.connect(server.address().port, '127.0.0.1');
});
