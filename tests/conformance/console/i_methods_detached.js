// Checks: console methods work when detached from console
const { log, error, count, group, groupEnd, table } = console;
log('detached log');
group('g');
error('detached error');
groupEnd();
count('c');
table([{ a: 1 }]);
