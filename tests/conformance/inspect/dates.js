// Checks: dates as ISO strings, invalid dates, dates with properties
console.log(new Date(0), new Date(Date.UTC(2020, 1, 29, 12, 30)));
console.log([new Date(1e12)]);
const d = new Date(0);
d.tag = 'x';
console.log(d);
