// Intl.PluralRules: cardinal and ordinal categories per locale.
const en = new Intl.PluralRules('en-US');
console.log([0, 1, 2, 1.5].map((n) => en.select(n)).join(' '));
const ord = new Intl.PluralRules('en-US', { type: 'ordinal' });
console.log([1, 2, 3, 4, 11, 21, 22, 103].map((n) => ord.select(n)).join(' '));
const ru = new Intl.PluralRules('ru');
console.log([1, 2, 5, 21, 1.5].map((n) => ru.select(n)).join(' '));
const ar = new Intl.PluralRules('ar');
console.log([0, 1, 2, 3, 11, 100].map((n) => ar.select(n)).join(' '));
console.log(en.resolvedOptions().pluralCategories.join(' '));
console.log(ru.resolvedOptions().pluralCategories.join(' '));
