// Checks: an uncaught array is inspected
throw [1, 'two', { three: 3 }];
