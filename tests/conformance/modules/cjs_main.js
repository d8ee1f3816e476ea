console.log(require.main === module, module.id, module.loaded, typeof module.paths, Array.isArray(module.children));
console.log(require('path').basename(__filename), __dirname === process.cwd());
setImmediate(() => console.log('loaded later:', module.loaded));
