// Checks: arrays longer than 100 elements end with ... N more items
console.log(Array.from({ length: 101 }, (_, i) => i));
console.log(Array.from({ length: 250 }, () => 'ab'));
