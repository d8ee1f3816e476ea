// Checks: class instances are prefixed with the class name
class Foo { constructor() { this.a = 1; } }
class Bar extends Foo { constructor() { super(); this.b = [2]; } }
class Empty {}
console.log(new Foo(), new Bar(), new Empty());
function Old() { this.v = 1; }
console.log(new Old());
