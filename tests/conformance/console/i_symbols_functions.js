// Checks: symbols and functions as console.log arguments
console.log(Symbol('s'), function f() {}, class Q {}, () => {});
console.log('text', Symbol.iterator);
