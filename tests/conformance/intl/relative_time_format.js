// Intl.RelativeTimeFormat: numeric always/auto, styles, another locale.
const rtf = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
console.log(rtf.format(-1, 'day'), '|', rtf.format(1, 'day'), '|', rtf.format(3, 'week'));
const always = new Intl.RelativeTimeFormat('en');
console.log(always.format(-1, 'day'), '|', always.format(2, 'hours'));
console.log(new Intl.RelativeTimeFormat('de', { style: 'short' }).format(-5, 'minute'));
console.log(JSON.stringify(always.formatToParts(10, 'seconds')));
