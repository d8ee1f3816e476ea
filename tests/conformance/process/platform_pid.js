// Checks: process.platform is 'linux' here, process.pid is a positive integer, and process.ppid
// is a number too.
console.log(process.platform);
console.log(typeof process.pid, Number.isInteger(process.pid), process.pid > 0);
console.log(typeof process.ppid);
