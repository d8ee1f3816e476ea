// -C/--conditions adds conditions that `exports` matches before Node's, in the package's order.
require('./fixtures/nm/conditions.js')().then((found) => {
  console.log(found);
  console.log(process.execArgv);
});
