// process._rawDebug formats its arguments and writes them to fd 2, past process.stderr;
// process.config.variables has node_module_version.
process.stderr.write = () => { throw new Error('not used'); };
process._rawDebug('raw %s', 'debug', { a: 1 });
console.log(Number.isInteger(process.config.variables.node_module_version));
