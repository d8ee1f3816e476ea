// Checks: process.stdout.write writes the string as is (no newline added) and returns true.
const r1 = process.stdout.write('no newline;');
const r2 = process.stdout.write(' same line\n');
const r3 = process.stdout.write('');
process.stdout.write(`returns ${r1} ${r2} ${r3}\n`);
process.stdout.write('unicode: héllo ✓\n');
