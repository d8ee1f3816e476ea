// Counts the lines arriving on stdin through readline (bench/stdin_count.sh
// pipes a 200 MB file in).
const readline = require('readline');
let lines = 0;
const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
rl.on('line', () => { lines++; });
rl.on('close', () => console.log(`${lines} lines`));
