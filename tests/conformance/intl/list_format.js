// Intl.ListFormat: conjunction, disjunction and unit lists, styles, locales.
const items = ['apples', 'pears', 'plums'];
for (const type of ['conjunction', 'disjunction', 'unit']) {
  for (const style of ['long', 'short', 'narrow']) {
    console.log(type, style, JSON.stringify(new Intl.ListFormat('en', { type, style }).format(items)));
  }
}
console.log(JSON.stringify(new Intl.ListFormat('de').format(items)));
console.log(JSON.stringify(new Intl.ListFormat('es').format(['a', 'b', 'c'])));
console.log(JSON.stringify(new Intl.ListFormat('en').format(['only'])));
console.log(JSON.stringify(new Intl.ListFormat('en').formatToParts(['x', 'y'])));
