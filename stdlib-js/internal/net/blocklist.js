'use strict';
// net.SocketAddress and net.BlockList: addresses and rules on them, the
// addresses compared as 32- or 128-bit numbers.

const { isIP } = require('internal/net/ip');
const { makeNodeError, validatePort } = require('internal/net/errors');

const kFamilies = ['ipv4', 'ipv6'];

function validateFamily(family, name = 'options.family') {
  if (typeof family !== 'string') throw makeNodeError('ERR_INVALID_ARG_TYPE', name, 'string', family);
  const lower = family.toLowerCase();
  if (!kFamilies.includes(lower)) {
    throw makeNodeError('ERR_INVALID_ARG_VALUE', name, family, "must be one of: 'ipv4', 'ipv6'");
  }
  return lower;
}

// An address as a BigInt; IPv4 in IPv6 space when `asV6` (::ffff:a.b.c.d).
function toNumber(address, family) {
  if (family === 'ipv4') {
    return address.split('.').reduce((n, part) => (n << 8n) | BigInt(Number(part)), 0n);
  }
  let text = address.split('%')[0];
  let tail = [];
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (v4) {
    const n = toNumber(v4[1], 'ipv4');
    tail = [(n >> 16n).toString(16), (n & 0xffffn).toString(16)];
    text = text.slice(0, -v4[1].length) + tail.join(':');
  }
  const [head, rest] = text.split('::');
  const a = head ? head.split(':') : [];
  const b = rest !== undefined ? (rest ? rest.split(':') : []) : [];
  const groups = rest !== undefined ? [...a, ...new Array(8 - a.length - b.length).fill('0'), ...b] : a;
  return groups.reduce((n, g) => (n << 16n) | BigInt(parseInt(g, 16)), 0n);
}

class SocketAddress {
  #address;
  #port;
  #family;
  #flowlabel;

  static isSocketAddress(value) {
    return value instanceof SocketAddress;
  }

  static parse(input) {
    if (typeof input !== 'string') throw makeNodeError('ERR_INVALID_ARG_TYPE', 'input', 'string', input);
    let url;
    try {
      url = new URL(`http://${input}`);
    } catch {
      return undefined;
    }
    const host = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
    if (!isIP(host)) return undefined;
    return new SocketAddress({ address: host, port: url.port === '' ? 0 : +url.port, family: isIP(host) === 6 ? 'ipv6' : 'ipv4' });
  }

  constructor(options = {}) {
    if (options === null || typeof options !== 'object') throw makeNodeError('ERR_INVALID_ARG_TYPE', 'options', 'Object', options);
    const family = validateFamily(options.family ?? 'ipv4');
    const { address = family === 'ipv4' ? '127.0.0.1' : '::', port = 0, flowlabel = 0 } = options;
    if (typeof address !== 'string') throw makeNodeError('ERR_INVALID_ARG_TYPE', 'options.address', 'string', address);
    validatePort(port, 'options.port');
    if (typeof flowlabel !== 'number') throw makeNodeError('ERR_INVALID_ARG_TYPE', 'options.flowlabel', 'number', flowlabel);
    if (flowlabel < 0 || flowlabel > 0xfffff || !Number.isInteger(flowlabel)) {
      throw makeNodeError('ERR_OUT_OF_RANGE', 'options.flowlabel', '>= 0 && <= 1048575', flowlabel);
    }
    if (isIP(address) !== (family === 'ipv4' ? 4 : 6)) throw makeNodeError('ERR_INVALID_ADDRESS', address);
    this.#address = address;
    this.#port = port | 0;
    this.#family = family;
    this.#flowlabel = flowlabel;
  }

  get address() { return this.#address; }
  get port() { return this.#port; }
  get family() { return this.#family; }
  get flowlabel() { return this.#flowlabel; }

  toJSON() {
    return { address: this.#address, port: this.#port, family: this.#family, flowlabel: this.#flowlabel };
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    if (depth < 0) return this;
    return `SocketAddress ${inspect(this.toJSON(), { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }
}

function addressOf(value, family, name) {
  if (value instanceof SocketAddress) return { text: value.address, family: value.family };
  if (typeof value !== 'string') throw makeNodeError('ERR_INVALID_ARG_TYPE', name, ['string', 'SocketAddress'], value);
  const fam = validateFamily(family, 'family');
  if (isIP(value) !== (fam === 'ipv4' ? 4 : 6)) throw makeNodeError('ERR_INVALID_ADDRESS', value);
  return { text: value, family: fam };
}

const kLabel = { ipv4: 'IPv4', ipv6: 'IPv6' };

class BlockList {
  #rules = [];

  static isBlockList(value) {
    return value instanceof BlockList;
  }

  addAddress(address, family = 'ipv4') {
    const a = addressOf(address, family, 'address');
    const n = toNumber(a.text, a.family);
    this.#rules.unshift({ family: a.family, low: n, high: n, text: `Address: ${kLabel[a.family]} ${a.text}` });
  }

  addRange(start, end, family = 'ipv4') {
    const s = addressOf(start, family, 'start');
    const e = addressOf(end, family, 'end');
    const low = toNumber(s.text, s.family);
    const high = toNumber(e.text, e.family);
    if (low > high) throw makeNodeError('ERR_INVALID_ARG_VALUE', 'start', start, 'must come before end');
    this.#rules.unshift({ family: s.family, low, high, text: `Range: ${kLabel[s.family]} ${s.text}-${e.text}` });
  }

  addSubnet(network, prefix, family = 'ipv4') {
    const a = addressOf(network, family, 'network');
    const bits = a.family === 'ipv4' ? 32 : 128;
    if (typeof prefix !== 'number') throw makeNodeError('ERR_INVALID_ARG_TYPE', 'prefix', 'number', prefix);
    if (!Number.isInteger(prefix) || prefix < 0 || prefix > bits) {
      throw makeNodeError('ERR_OUT_OF_RANGE', 'prefix', `>= 0 && <= ${bits}`, prefix);
    }
    const span = BigInt(bits - prefix);
    const low = (toNumber(a.text, a.family) >> span) << span;
    const high = low + (1n << span) - 1n;
    this.#rules.unshift({ family: a.family, low, high, text: `Subnet: ${kLabel[a.family]} ${a.text}/${prefix}` });
  }

  check(address, family = 'ipv4') {
    let a;
    try {
      a = addressOf(address, family, 'address');
    } catch (err) {
      if (err.code === 'ERR_INVALID_ADDRESS') return false;
      throw err;
    }
    const n = toNumber(a.text, a.family);
    // An IPv4 address also matches IPv6 rules as ::ffff:a.b.c.d, and back.
    const mapped = a.family === 'ipv4' ? (0xffffn << 32n) | n : null;
    const unmapped = a.family === 'ipv6' && (n >> 32n) === 0xffffn ? n & 0xffffffffn : null;
    return this.#rules.some((r) => (r.family === a.family && n >= r.low && n <= r.high) ||
      (mapped !== null && r.family === 'ipv6' && mapped >= r.low && mapped <= r.high) ||
      (unmapped !== null && r.family === 'ipv4' && unmapped >= r.low && unmapped <= r.high));
  }

  // Node lists IPv4 addresses, IPv6 addresses, subnets, then ranges, the
  // newest of each kind first.
  get rules() {
    const rank = (r) => (r.text.startsWith('Address: IPv4') ? 0 : r.text.startsWith('Address') ? 1 :
      r.text.startsWith('Subnet') ? 2 : 3);
    return this.#rules.map((r, i) => [rank(r), i, r.text]).sort((a, b) => a[0] - b[0] || a[1] - b[1]).map((r) => r[2]);
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    if (depth < 0) return this;
    return `BlockList ${inspect({ rules: this.rules }, { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }
}

module.exports = { BlockList, SocketAddress };
