// Checks: simple arrays print util.inspect style: brackets with spaces, strings quoted inside.
console.log([1, 2, 3]);
console.log([]);
console.log(['a', 'b']);
console.log([true, null, undefined]);
console.log([[1, 2], [3]]);
console.log([1.5, -0, NaN]);
console.log(["it's"]);
