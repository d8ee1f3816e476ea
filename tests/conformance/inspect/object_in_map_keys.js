// Checks: objects and arrays as Map keys
console.log(new Map([[{ a: 1 }, [1, 2]], [[3], new Set([4])]]));
