// Intl.NumberFormat in the decimal style: notations, sign display, digits,
// grouping, supportedLocalesOf, and the TypeError for a currency style
// without a currency.
const show = (label, options, value, locale = 'en-US') =>
  console.log(label, JSON.stringify(new Intl.NumberFormat(locale, options).format(value)));
show('plain-de', {}, 1234567.25, 'de-DE');
show('compact', { notation: 'compact' }, 1234567);
show('compact-long', { notation: 'compact', compactDisplay: 'long' }, 1234567);
show('sign-always', { signDisplay: 'always' }, 5);
show('sign-except-zero', { signDisplay: 'exceptZero' }, 0);
show('sign-never', { signDisplay: 'never' }, -3);
show('significant', { maximumSignificantDigits: 3 }, 123456.789);
show('min-integer', { minimumIntegerDigits: 3 }, 7);
show('max-fraction', { maximumFractionDigits: 1 }, 1234.5678);
show('no-grouping', { useGrouping: false }, 1234567);
console.log(Intl.NumberFormat.supportedLocalesOf(['en-US', 'de-DE']));
const nf = new Intl.NumberFormat('en-US');
console.log(typeof nf.format, [1, 22, 333333].map(nf.format).join(' | '));
try {
  new Intl.NumberFormat('en-US', { style: 'currency' });
} catch (e) {
  console.log(e.name);
}
