'use strict';
// The `navigator` global, as Node 24 fills it in.

class Navigator {
  get hardwareConcurrency() { return require('os').availableParallelism(); }
  get language() { return new Intl.Locale(Intl.DateTimeFormat().resolvedOptions().locale).toString(); }
  get languages() { return [this.language]; }
  get platform() { return `${process.platform === 'linux' ? 'Linux' : process.platform} ${process.arch === 'x64' ? 'x86_64' : process.arch}`; }
  get userAgent() { return `Node.js/${process.version.slice(1, process.version.indexOf('.'))}`; }
  get [Symbol.toStringTag]() { return 'Navigator'; }
}

module.exports = { navigator: new Navigator(), Navigator };
