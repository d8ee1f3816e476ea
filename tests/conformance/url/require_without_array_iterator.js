// require('url') still works when a script deleted Array.prototype[Symbol.iterator] and
// the array iterator's next() first (Node's internals do not iterate arrays with the
// script's iterator). path is loaded before, as a test's helpers would have.
require('path');
const ArrayIteratorPrototype = Object.getPrototypeOf([][Symbol.iterator]());
delete Array.prototype[Symbol.iterator];
delete ArrayIteratorPrototype.next;
const { pathToFileURL, URL } = require('url');
console.log(pathToFileURL('/tmp/a b.js').href);
console.log(new URL('https://example.org/x?y=1').searchParams.get('y'));
