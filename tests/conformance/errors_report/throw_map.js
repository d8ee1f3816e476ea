// Checks: an uncaught Map is inspected in the report
throw new Map([['key', { nested: [1, 2, 3] }]]);
