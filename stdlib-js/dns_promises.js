'use strict';
// node:dns/promises: the callback functions of node:dns as promises.

const dns = require('dns');

function lookup(hostname, options) {
  return new Promise((resolve, reject) => {
    dns.lookup(hostname, options ?? {}, (err, address, family) => {
      if (err) reject(err);
      else if (Array.isArray(address)) resolve(address);
      else resolve({ address, family });
    });
  });
}

function lookupService(address, port) {
  return new Promise((resolve, reject) => {
    dns.lookupService(address, port, (err, hostname, service) => {
      if (err) reject(err);
      else resolve({ hostname, service });
    });
  });
}

function promised(method) {
  return (...args) => new Promise((resolve, reject) => {
    method(...args, (err, value) => (err ? reject(err) : resolve(value)));
  });
}

class Resolver extends dns.Resolver {}
const methods = {};
for (const name of Object.getOwnPropertyNames(dns.Resolver.prototype)) {
  if (!name.startsWith('resolve') && name !== 'reverse') continue;
  const callbackForm = dns.Resolver.prototype[name];
  Resolver.prototype[name] = function(...args) { return promised(callbackForm.bind(this))(...args); };
  methods[name] = promised(dns[name]);
}

module.exports = {
  lookup,
  lookupService,
  Resolver,
  getServers: dns.getServers,
  setServers: dns.setServers,
  getDefaultResultOrder: dns.getDefaultResultOrder,
  setDefaultResultOrder: dns.setDefaultResultOrder,
  ...methods,
};
