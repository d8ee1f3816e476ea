// Intl.NumberFormat.prototype.formatToParts.
console.log(JSON.stringify(new Intl.NumberFormat('en-US').formatToParts(-1234.5)));
