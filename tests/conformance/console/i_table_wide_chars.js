// Checks: console.table pads wide characters by display width
console.table([{ name: '日本', v: 1 }, { name: 'ab', v: 22 }]);
