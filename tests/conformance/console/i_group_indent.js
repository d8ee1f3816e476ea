// Checks: group/groupEnd indent every line of log, info, error and warn
console.log('top');
console.group('Group A');
console.log('one\ntwo');
console.info({ a: 1, b: { c: [1, 2] } });
console.group();
console.error('to stderr');
console.warn(['warn', 'array']);
console.groupEnd();
console.groupCollapsed('collapsed', 2);
console.log('inside collapsed');
console.groupEnd();
console.groupEnd();
console.groupEnd();
console.log('back');
