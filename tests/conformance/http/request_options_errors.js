// http.request's argument checks: method token, path characters, protocol, agent and host types.
const http = require('http');
function attempt(label, options) {
  try {
    http.request(options).on('error', () => {}).destroy();
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
attempt('bad method', { method: 'B@D' });
attempt('method type', { method: 5 });
attempt('path with space', { path: '/a b' });
attempt('wrong protocol', { protocol: 'https:' });
attempt('agent type', { agent: 'no' });
attempt('host type', { host: 5 });
attempt('timeout type', { timeout: 'x' });
