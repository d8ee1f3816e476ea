'use strict';
// A property whose value is made on its first read (a module loaded, an object built) and
// that an assignment replaces. Node turns such a getter into a data property on that read;
// here it stays an accessor, because Boa 0.22's inline caches keep calling the getter after
// the redefinition (tests/conformance/known-differences.txt: builtins/accessor_redefined_as_data.js).

function defineLazyValue(target, name, make) {
  let made = false;
  let value;
  Object.defineProperty(target, name, {
    get() {
      if (!made) {
        value = make();
        made = true;
      }
      return value;
    },
    set(replacement) {
      value = replacement;
      made = true;
    },
    enumerable: true,
    configurable: true,
  });
}

module.exports = { defineLazyValue };
