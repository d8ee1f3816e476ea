// Locale-sensitive case mapping: Turkish dotted/dotless i, Lithuanian, and
// the same strings under English rules.
const show = (s) => console.log(JSON.stringify(s), [...s].map((c) => c.codePointAt(0).toString(16)).join(' '));
show('istanbul'.toLocaleUpperCase('tr'));
show('ISTANBUL'.toLocaleLowerCase('tr'));
show('İstanbul'.toLocaleLowerCase('tr-TR'));
show('istanbul'.toLocaleUpperCase('en-US'));
show('İstanbul'.toLocaleLowerCase('en-US'));
show('ı'.toLocaleUpperCase('az'));
show('I\u0307'.toLocaleLowerCase('lt'));
show('straße'.toLocaleUpperCase('de'));
show('ABC'.toLocaleLowerCase(['tr', 'en']));
