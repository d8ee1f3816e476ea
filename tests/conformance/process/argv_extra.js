// Checks: extra command-line arguments after the script path appear as process.argv[2...], as
// strings, including things that look like flags.
console.log(process.argv.length);
console.log(process.argv.slice(2));
