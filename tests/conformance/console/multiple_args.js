// Checks: several arguments are joined with single spaces; an empty string still adds a space.
console.log('a', 'b', 'c');
console.log('num', 1, 'bool', true, 'null', null, 'undef', undefined);
console.log('', 'leading empty');
console.log('trailing empty', '');
console.log(1, 2, 3);
console.log('x', [1], { y: 2 });
