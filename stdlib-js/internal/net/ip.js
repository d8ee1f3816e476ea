'use strict';
// isIP & co. (node:net), read by the OS's own address parser.

const binding = internalBinding('net');

function isIP(input) {
  return binding.ipVersion(typeof input === 'string' ? input : `${input}`);
}

const isIPv4 = (input) => isIP(input) === 4;
const isIPv6 = (input) => isIP(input) === 6;

module.exports = { isIP, isIPv4, isIPv6 };
