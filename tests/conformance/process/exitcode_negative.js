// process.exitCode = -1 ends the process with status 255.
process.exitCode = -1;
console.log(process.exitCode);
