// A --require preload that replaces Module.runMain is what runs the main module.
console.log('main runs', require.main === module);
