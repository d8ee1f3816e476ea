// The space before AM/PM: Node 24 writes a plain space, not U+202F.
const s = new Date(Date.UTC(2024, 2, 5, 14, 7, 9)).toLocaleTimeString('en-US', { timeZone: 'UTC' });
console.log(JSON.stringify(s), s.charCodeAt(7).toString(16));
