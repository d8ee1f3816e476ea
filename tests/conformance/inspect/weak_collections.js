// Checks: WeakMap and WeakSet show <items unknown>
console.log(new WeakMap(), new WeakSet());
console.log({ w: new WeakMap([[{}, 1]]) });
