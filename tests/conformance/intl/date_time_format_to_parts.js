// Intl.DateTimeFormat.prototype.formatToParts.
const dtf = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' });
console.log(JSON.stringify(dtf.formatToParts(new Date(Date.UTC(2024, 2, 5)))));
