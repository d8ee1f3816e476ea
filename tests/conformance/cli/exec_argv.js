// Node's options before the script: process.execArgv holds them as typed, values included;
// -r and --import preload in order; --title sets process.title.
console.log(process.execArgv);
console.log(process.title);
console.log(globalThis.preloaded);
console.log(process.argv.slice(2));
console.log(process.noProcessWarnings, process.traceProcessWarnings, process.noDeprecation);
