// Intl.NumberFormat's percent style.
console.log(new Intl.NumberFormat('en-US', { style: 'percent' }).format(0.256));
console.log(new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 }).format(0.2567));
