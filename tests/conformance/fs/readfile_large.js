// A 3 MiB file: read whole as bytes and as text, in one callback.
const fs = require('fs');
const dir = require('./lib/fixture')('readfile_large');
const size = 3 * 1024 * 1024 + 17;
const big = Buffer.alloc(size, 'abcdefgh');
fs.writeFileSync(`${dir}/big.bin`, big);
fs.readFile(`${dir}/big.bin`, (err, data) => {
  console.log('bytes:', err, data.length, data.constructor.name, data.equals(big), data.subarray(size - 4));
  fs.readFile(`${dir}/big.bin`, 'latin1', (err2, text) => {
    console.log('latin1:', text.length, text.slice(0, 10), text.slice(-3));
    fs.readFile(`${dir}/big.bin`, 'base64', (err3, b64) => {
      console.log('base64:', b64.length, b64.slice(0, 12), Buffer.from(b64, 'base64').equals(big));
    });
  });
});
