// Checks: Map/Set subclasses and extra properties
class MyMap extends Map {}
class MySet extends Set {}
console.log(new MyMap([[1, 2]]), new MySet([1]));
const m = new Map([[1, 2]]);
m.extra = true;
console.log(m);
