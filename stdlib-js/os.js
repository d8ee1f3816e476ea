'use strict';
// `os`: system facts from runtime/ops/os.rs, shaped as Node's lib/os.js.

const binding = internalBinding('os');

function cpus() {
  const list = binding.cpus();
  const out = [];
  for (let i = 0; i < list.length; i += 2) {
    out.push({ model: list[i], speed: list[i + 1], times: { user: 0, nice: 0, sys: 0, idle: 0, irq: 0 } });
  }
  return out;
}

function tmpdir() {
  let path = process.env.TMPDIR || process.env.TMP || process.env.TEMP || '/tmp';
  if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  return path;
}

function homedir() {
  return process.env.HOME || '/';
}

function userInfo() {
  const env = process.env;
  return {
    uid: typeof process.getuid === 'function' ? process.getuid() : -1,
    gid: typeof process.getgid === 'function' ? process.getgid() : -1,
    username: env.USER || env.LOGNAME || '',
    homedir: homedir(),
    shell: env.SHELL || null,
  };
}

function loadavg() {
  return [0, 0, 0];
}

module.exports = {
  EOL: '\n',
  devNull: '/dev/null',
  arch: () => process.arch,
  availableParallelism: () => cpus().length || 1,
  cpus,
  endianness: () => 'LE',
  freemem: () => binding.memory()[1],
  homedir,
  hostname: () => binding.hostname(),
  loadavg,
  machine: () => binding.uname()[3],
  networkInterfaces: () => ({}),
  platform: () => process.platform,
  release: () => binding.uname()[1],
  tmpdir,
  totalmem: () => binding.memory()[0],
  type: () => binding.uname()[0],
  uptime: () => binding.memory()[2],
  userInfo,
  version: () => binding.uname()[2],
  constants: { signals: {}, errno: {}, priority: {} },
};
