// An arrow inside an arrow takes `this` from the enclosing function, even when the outer arrow
// never mentions `this` and is called with another receiver (Boa 0.22 gives the outer call's).
class A {
  make() {
    const outer = () => () => this;
    return outer.call('other')();
  }
}
console.log(new A().make() instanceof A);
function f() {
  const outer = (x) => {
    return () => this.name;
  };
  return outer.call({ name: 'wrong' })();
}
console.log(f.call({ name: 'right' }));
