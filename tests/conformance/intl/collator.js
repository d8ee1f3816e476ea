// Intl.Collator and localeCompare with locales: locale-specific order,
// sensitivity, numeric collation and case ordering.
const words = ['z', 'a', 'ä', 'Ä', 'o', 'ö', 'b'];
console.log([...words].sort(new Intl.Collator('de').compare).join(' '));
console.log([...words].sort(new Intl.Collator('sv').compare).join(' '));
console.log(['item10', 'item2', 'item1'].sort(new Intl.Collator('en', { numeric: true }).compare).join(' '));
console.log(['b', 'A', 'a', 'B'].sort(new Intl.Collator('en', { caseFirst: 'upper' }).compare).join(' '));
console.log(new Intl.Collator('en', { sensitivity: 'base' }).compare('a', 'Á'));
console.log(new Intl.Collator('en', { sensitivity: 'accent' }).compare('a', 'á'));
console.log('a'.localeCompare('ä', 'de'), 'ä'.localeCompare('z', 'sv'), 'ä'.localeCompare('z', 'de'));
console.log('a'.localeCompare('A', 'en', { sensitivity: 'base' }));
const ro = new Intl.Collator('de', { numeric: true }).resolvedOptions();
console.log(ro.locale, ro.usage, ro.sensitivity, ro.numeric);
