// Intl.NumberFormat's scientific and engineering notations.
console.log(new Intl.NumberFormat('en-US', { notation: 'scientific' }).format(123456));
console.log(new Intl.NumberFormat('en-US', { notation: 'engineering' }).format(123456));
