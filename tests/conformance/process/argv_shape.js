// Checks: process.argv is [runtime path, absolute script path] when no extra args are given.
console.log('length', process.argv.length);
console.log('argv[0] absolute', typeof process.argv[0], process.argv[0].startsWith('/'));
console.log('argv[1] is this script', process.argv[1] === __filename, process.argv[1].endsWith('/argv_shape.js'));
console.log('argv[1] absolute', process.argv[1].startsWith('/'));
console.log(Array.isArray(process.argv));
