// Checks: command-line args reach the script (see .args) and it can exit with a code taken from them.
const code = Number(process.argv[2]);
console.log('exiting with', code, 'message:', process.argv[3]);
process.exit(code);
