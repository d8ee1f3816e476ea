// Checks: callbackify: values, rejections, falsy rejections
const util = require('util');
util.callbackify(async (x) => x * 2)(21, (err, v) => console.log(err, v));
util.callbackify(async () => { throw new Error('bad'); })((err) => console.log(err.message));
util.callbackify(() => Promise.reject(null))((err) => console.log(err.code, err.message, err.reason));
console.log(util.callbackify(async function named(a) {}).name, util.callbackify(async function named(a) {}).length);
