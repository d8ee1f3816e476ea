// The error objects of a failed fs.readFile: message, errno, code, syscall, path, key order, stack.
const fs = require('fs');
const dir = require('./lib/fixture')('readfile_errors', { 'file.txt': 'x' });
fs.mkdirSync(`${dir}/adir`);
const cases = [`${dir}/does-not-exist.txt`, `${dir}/adir`, `${dir}/file.txt/x`, `${dir}/${'n'.repeat(300)}`, `${dir}/missing/deeper.txt`];
const run = (i) => {
  if (i === cases.length) return;
  fs.readFile(cases[i], (err, data) => {
    console.log('message:', err.message.replace('n'.repeat(300), '<300 n>'));
    console.log('name:', err.name, '| ctor:', err.constructor.name, '| instanceof Error:', err instanceof Error);
    console.log('errno:', err.errno, '| code:', err.code, '| syscall:', err.syscall, '| path:', err.path === undefined ? undefined : err.path.replace('n'.repeat(300), '<300 n>'));
    console.log('keys:', Object.keys(err).join(','), '| stack is header only:', err.stack === `Error: ${err.message}`);
    console.log('data:', data, '| arguments after err:', arguments.length);
    run(i + 1);
  });
};
run(0);
