// Checks: runtime-looking flags after the script path belong to the script: `--version`,
// `-e` and `--help` here are not interpreted by the runtime.
console.log(process.argv.slice(2));
