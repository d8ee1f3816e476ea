// module.setSourceMapsSupport validates its arguments and is what getSourceMapsSupport and
// process.sourceMapsEnabled report.
const Module = require('module');
console.log(Module.getSourceMapsSupport());
for (const args of [[], [1], [true, null], [true, { nodeModules: 1 }], [true, { generatedCode: 'x' }]]) {
  try {
    Module.setSourceMapsSupport(...args);
  } catch (err) {
    console.log(err.code, err.message);
  }
}
Module.setSourceMapsSupport(true, { nodeModules: true });
console.log(Module.getSourceMapsSupport(), process.sourceMapsEnabled);
