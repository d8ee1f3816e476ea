// Checks: process.stderr.write writes to stderr as is and returns true (reported on stdout).
const r = process.stderr.write('to stderr, no newline;');
process.stderr.write(' second part\n');
console.log('stderr.write returned', r);
