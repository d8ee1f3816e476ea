// Checks: nested arrays that need line breaks
console.log([[1, 2, [3, 4, [5, [6]]]], 'x'.repeat(50), { k: ['y'.repeat(30), 'z'.repeat(30)] }]);
