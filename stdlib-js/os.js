'use strict';
// `os`: system facts from runtime/ops/os.rs, shaped as Node's lib/os.js.

const binding = internalBinding('os');
const constants = require('internal/os_constants');

function errors() {
  return require('internal/errors');
}

// Node's SystemError (ERR_SYSTEM_ERROR) for a failed libuv-style call.
function systemError(syscall, errno) {
  const [name, text] = binding.errorText(errno);
  const code = name || Object.keys(constants.errno).find((k) => constants.errno[k] === errno) || 'UNKNOWN';
  return require('internal/util/system_error').systemError('ERR_SYSTEM_ERROR', 'A system error occurred', syscall, errno, code, text);
}

function validateInt32(value, name, min = -2147483648, max = 2147483647) {
  if (typeof value !== 'number') throw errors().makeNodeError('ERR_INVALID_ARG_TYPE', name, 'number', value);
  if (!Number.isInteger(value)) {
    throw errors().makeNodeError('ERR_OUT_OF_RANGE', name, 'an integer', value);
  }
  if (value < min || value > max) {
    throw errors().makeNodeError('ERR_OUT_OF_RANGE', name, `>= ${min} && <= ${max}`, value);
  }
}

function cpus() {
  const list = binding.cpus();
  const times = binding.cpuTimes();
  const out = [];
  for (let i = 0, cpu = 0; i < list.length; i += 2, cpu += 5) {
    out.push({
      model: list[i],
      speed: list[i + 1],
      times: {
        user: times[cpu] ?? 0, nice: times[cpu + 1] ?? 0, sys: times[cpu + 2] ?? 0,
        idle: times[cpu + 3] ?? 0, irq: times[cpu + 4] ?? 0,
      },
    });
  }
  return out;
}

function tmpdir() {
  let path = process.env.TMPDIR || process.env.TMP || process.env.TEMP || '/tmp';
  if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  return path;
}

function passwdEntry() {
  const entry = binding.userInfo();
  if (entry.length === 1) throw systemError('uv_os_get_passwd', entry[0]);
  return entry;
}

function homedir() {
  return process.env.HOME || passwdEntry()[3];
}

function userInfo(options) {
  const [uid, gid, username, home, shell] = passwdEntry();
  const encoding = options?.encoding;
  const encode = (s) => (encoding === 'buffer' ? Buffer.from(s) : encoding ? Buffer.from(s).toString(encoding) : s);
  return { uid, gid, username: encode(username), homedir: encode(home), shell: encode(shell) };
}

function loadavg() {
  return binding.loadavg();
}

function networkInterfaces() {
  const flat = binding.interfaceAddresses();
  const out = {};
  for (let i = 0; i < flat.length; i += 7) {
    const [name, address, netmask, family, mac, internal, scopeid] = flat.slice(i, i + 7);
    const entry = { address, netmask, family: family === 4 ? 'IPv4' : 'IPv6', mac, internal, cidr: cidr(address, netmask, family) };
    if (family === 6) entry.scopeid = scopeid;
    (out[name] ||= []).push(entry);
  }
  return out;
}

// `address/prefix`, or null when the mask's set bits are not contiguous.
function cidr(address, netmask, family) {
  let bits = 0;
  const groups = family === 4 ? netmask.split('.').map(Number) : expandIPv6(netmask);
  const width = family === 4 ? 8 : 16;
  let ended = false;
  for (const g of groups) {
    for (let b = width - 1; b >= 0; b--) {
      if (g & (1 << b)) {
        if (ended) return null;
        bits++;
      } else {
        ended = true;
      }
    }
  }
  return `${address}/${bits}`;
}

function expandIPv6(text) {
  const [head, tail] = text.split('::');
  const h = head ? head.split(':') : [];
  const t = tail !== undefined && tail ? tail.split(':') : [];
  const middle = tail === undefined ? [] : Array(8 - h.length - t.length).fill('0');
  return [...h, ...middle, ...t].map((g) => parseInt(g, 16) || 0);
}

function getPriority(pid = 0) {
  validateInt32(pid, 'pid');
  const result = binding.getPriority(pid);
  if (typeof result !== 'number') throw systemError('uv_os_getpriority', result[0]);
  return result;
}

function setPriority(pid, priority) {
  if (priority === undefined) {
    priority = pid;
    pid = 0;
  }
  validateInt32(pid, 'pid');
  validateInt32(priority, 'priority', -20, 19);
  const errno = binding.setPriority(pid, priority);
  if (errno !== 0) throw systemError('uv_os_setpriority', errno);
}

// Functions that print as their value (`${os.hostname}`), as Node's do.
function withToPrimitive(fn) {
  fn[Symbol.toPrimitive] = () => fn();
  return fn;
}

const exported = {
  arch: withToPrimitive(function arch() { return process.arch; }),
  availableParallelism: withToPrimitive(function availableParallelism() { return binding.availableParallelism(); }),
  cpus,
  endianness: withToPrimitive(function endianness() { return 'LE'; }),
  freemem: withToPrimitive(function freemem() { return binding.memory()[1]; }),
  getPriority,
  homedir: withToPrimitive(homedir),
  hostname: withToPrimitive(function hostname() { return binding.hostname(); }),
  loadavg,
  networkInterfaces,
  platform: withToPrimitive(function platform() { return process.platform; }),
  release: withToPrimitive(function release() { return binding.uname()[1]; }),
  setPriority,
  tmpdir: withToPrimitive(tmpdir),
  totalmem: withToPrimitive(function totalmem() { return binding.memory()[0]; }),
  type: withToPrimitive(function type() { return binding.uname()[0]; }),
  userInfo,
  uptime: withToPrimitive(function uptime() { return binding.memory()[2]; }),
  version: withToPrimitive(function version() { return binding.uname()[2]; }),
  machine: withToPrimitive(function machine() { return binding.uname()[3]; }),
};
Object.defineProperty(exported, 'constants', { value: constants, enumerable: true, writable: false, configurable: false });
Object.defineProperty(exported, 'EOL', { value: '\n', enumerable: true, writable: false, configurable: true });
Object.defineProperty(exported, 'devNull', { value: '/dev/null', enumerable: true, writable: false, configurable: true });

module.exports = exported;
