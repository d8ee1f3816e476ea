// A preload (-r) that patched Module._load sees the CommonJS main module loaded through it,
// as Node loads it (Module._load(path, null, true)); require.main is still this module.
console.log('main runs:', require.main === module, module.id, module.loaded, module.parent);
setImmediate(() => console.log('loaded after:', module.loaded));
