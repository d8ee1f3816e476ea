// vm: a context has its own intrinsics (cross-realm values fail instanceof but pass brand checks),
// sees the sandbox's properties and hands back what the script assigned.
const vm = require('vm');
const util = require('util');

const ab = vm.runInNewContext('new ArrayBuffer(4)');
console.log(ab instanceof ArrayBuffer, util.types.isArrayBuffer(ab), Buffer.byteLength(ab));
const sandbox = { x: 2, list: [1, 2] };
console.log(vm.runInNewContext('y = x * 21; list.push(3); typeof require', sandbox));
console.log(sandbox);
const ctx = vm.createContext({ n: 1 });
console.log(vm.isContext(ctx), vm.isContext({}));
vm.runInContext('n += 1; var v = "declared"', ctx);
vm.runInContext('n += 1', ctx);
console.log(ctx.n, ctx.v);
const err = vm.runInContext('new SyntaxError("custom")', ctx);
console.log(err instanceof SyntaxError, util.types.isNativeError(err), err.name, err.message);
console.log(String(err.stack).split('\n')[0]);
const script = new vm.Script('count = (typeof count === "number" ? count : 0) + 1');
const shared = vm.createContext({});
script.runInContext(shared);
script.runInContext(shared);
console.log(shared.count, script.runInNewContext({ count: 10 }));
console.log(vm.runInThisContext('typeof globalThis.process'));
try {
  new vm.Script('let let = 1', { filename: 'bad.js' });
} catch (e) {
  console.log(e.name, e instanceof SyntaxError);
}
for (const bad of [() => vm.runInContext('1', {}), () => vm.createContext(1), () => vm.isContext('x')]) {
  try {
    bad();
  } catch (e) {
    console.log(e.name, e.code);
  }
}
const fn = vm.compileFunction('return a + b', ['a', 'b']);
console.log(fn(2, 3));
