// require.resolve(request, { paths }): each path is a starting point (a package name is looked
// up in its node_modules and those above, a relative request is taken from it); bad paths
// give Node's errors; require.resolve.paths() lists where a request is searched.
const path = require('path');
const show = (f) => {
  try {
    console.log(path.relative(__dirname, f()));
  } catch (err) {
    console.log(err.name, err.code, err.message.split('\n')[0]);
  }
};
const start = path.join(__dirname, 'fixtures/resolve/start');
show(() => require.resolve('dep', { paths: [start] }));
show(() => require.resolve('dep', { paths: [path.join(start, 'node_modules/dep')] }));
show(() => require.resolve('./inner.js', { paths: [path.join(__dirname, 'fixtures/resolve')] }));
show(() => require.resolve('dep', { paths: [] }));
show(() => require.resolve('dep', { paths: [1] }));
show(() => require.resolve('./x', { paths: [1] }));
show(() => require.resolve('dep', { paths: 5 }));
show(() => require.resolve('fs', { paths: [start] }));
show(() => require.resolve('node:nope'));
show(() => require.resolve(42));
console.log(require.resolve.paths('fs'), require.resolve.paths('node:fs'));
console.log(require.resolve.paths('./a').map((p) => path.relative(__dirname, p)));
console.log(require.resolve.paths('dep')[0] === path.join(__dirname, 'node_modules'));
