// Checks: console.log applies format rules (placeholders only in the first string)
console.log('%s is %d years', 'Tom', 42);
console.log('%o', { a: 1 });
console.log(5, '%s', 'not a format');
console.log('%s', 'a', 'rest');
console.log('%%', 1);
