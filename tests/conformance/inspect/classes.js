// Checks: classes: [class A], [class B extends A], anonymous classes
class A {}
class B extends A {}
class C extends Array {}
console.log(A, B, C);
console.log([class {}], { k: class Named {} });
