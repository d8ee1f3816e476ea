// http.STATUS_CODES and http.METHODS: the tables Node exposes, and maxHeaderSize.
const http = require('http');
console.log(http.METHODS.join(' '));
for (const code of [100, 101, 200, 204, 304, 404, 418, 431, 500, 511]) {
  console.log(code, http.STATUS_CODES[code]);
}
console.log(Object.keys(http.STATUS_CODES).length, http.maxHeaderSize);
