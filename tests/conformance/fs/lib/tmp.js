// A fresh directory under os.tmpdir() for one case, removed at exit, and
// helpers that print values and errors with that directory shown as <tmp>.
const fs = require('fs');
const os = require('os');
const path = require('path');

module.exports = function tmp(name) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `sous-fs-${name}-`));
  const real = fs.realpathSync(dir);
  const show = (v) => (typeof v === 'string' ? v.split(real).join('<tmp>').split(dir).join('<tmp>') : v);
  const err = (e) => [e.name, e.code, show(e.message), e.errno, e.syscall, show(e.path), show(e.dest)].join(' | ');
  const tryIt = (label, fn) => {
    try {
      console.log(label, '->', fn());
    } catch (e) {
      console.log(label, '-> throws', err(e));
    }
  };
  // The callback form of a call, as a promise of what the callback got (error printed).
  const cb = (label, fn, ...args) => new Promise((resolve) => {
    fn(...args, (e, ...rest) => {
      if (e) console.log(label, '-> callback error', err(e));
      else console.log(label, '-> callback', e, ...rest);
      resolve();
    });
  });
  const promised = async (label, p) => {
    try {
      console.log(label, '-> resolves', await p);
    } catch (e) {
      console.log(label, '-> rejects', err(e));
    }
  };
  process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  return { dir, show, err, tryIt, cb, promised };
};
