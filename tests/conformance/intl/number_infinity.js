// Infinity formatted by a locale: Node writes the infinity sign.
console.log((-Infinity).toLocaleString('en-US'), new Intl.NumberFormat('de-DE').format(Infinity));
