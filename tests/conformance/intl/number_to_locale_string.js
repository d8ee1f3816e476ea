// Number.prototype.toLocaleString and BigInt's with explicit locales: grouping and
// decimal separators differ per locale, and the default locale is not used.
const n = 1234567.891;
for (const locale of ['en-US', 'de-DE', 'en-IN', 'ja-JP', 'es-ES']) {
  console.log(locale, JSON.stringify(n.toLocaleString(locale)));
}
console.log(JSON.stringify((0.5).toLocaleString('en-US')));
console.log(JSON.stringify((-42).toLocaleString('de-DE')));
console.log(JSON.stringify((12345678901234567890n).toLocaleString('en-US')));
console.log(JSON.stringify((1234.5).toLocaleString('en-US', { minimumFractionDigits: 2 })));
console.log(JSON.stringify((1234.5678).toLocaleString('en-US', { maximumFractionDigits: 1 })));
console.log(JSON.stringify(NaN.toLocaleString('en-US')), JSON.stringify((1e21).toLocaleString('en-US')));
console.log(JSON.stringify((123.456).toLocaleString('fr-FR')));
