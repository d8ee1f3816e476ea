// Checks: -0 in arrays, maps and sets
console.log([-0], new Set([-0]), new Map([[-0, -0]]), { z: -0 });
