// util.inspect and console.log of Intl objects, as Node shows them.
const util = require('util');
console.log(util.inspect(new Intl.NumberFormat('en-US')));
console.log(util.inspect(new Intl.DateTimeFormat('en-US', { timeZone: 'UTC' })));
console.log(util.inspect(new Intl.Collator('en')));
console.log(util.inspect(new Intl.PluralRules('en')));
console.log(util.inspect(new Intl.ListFormat('en')));
console.log(util.inspect(new Intl.Segmenter('en')));
console.log(util.inspect(new Intl.Locale('en-US')));
console.log(new Intl.NumberFormat('en-US'));
console.log(util.inspect(Intl.NumberFormat));
console.log(util.inspect(Intl.NumberFormat.prototype));
console.log(util.format('%s|%o', new Intl.Collator('en'), new Intl.PluralRules('en')));
// The same rule for any class whose tag is its name in a namespace.
class Widget {
  get [Symbol.toStringTag]() { return 'ui.Widget'; }
}
class Gadget {
  get [Symbol.toStringTag]() { return '.Gadget'; }
}
console.log(new Widget(), new Gadget());
