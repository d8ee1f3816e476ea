// Checks: stdout and stderr writes stay in program order
for (let i = 0; i < 5; i++) {
  console.log('out', i);
  console.error('err', i);
}
console.warn({ warn: true });
console.debug('debug goes to stdout');
console.info('info goes to stdout');
