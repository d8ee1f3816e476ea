// Checks: arrays of mixed values on one line
console.log([1, 'two', { three: 3 }, [4], null, undefined]);
console.log([]);
console.log([[]]);
