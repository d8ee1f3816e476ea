// The default date format of toLocaleString/toLocaleDateString has a numeric
// (four-digit) year, as has an explicit year: 'numeric'.
const d = new Date(Date.UTC(2024, 2, 5, 14, 7, 9));
console.log(d.toLocaleDateString('en-US', { timeZone: 'UTC' }));
console.log(d.toLocaleDateString('de-DE', { timeZone: 'UTC' }));
console.log(d.toLocaleDateString('en-US', { year: 'numeric', month: 'numeric', day: 'numeric', timeZone: 'UTC' }));
