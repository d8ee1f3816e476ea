// console.log of 100k short lines; run with stdout piped to a file:
//   sous bench/console_lines.js > /tmp/out.txt
for (let i = 0; i < 100000; i++) console.log('line', i);
