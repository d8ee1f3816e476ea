// Intl.Locale and locale lists: canonical tags, maximize/minimize, parts,
// supportedLocalesOf, and RangeError for an invalid tag.
console.log(Intl.getCanonicalLocales(['EN-us', 'zh-hant-tw']));
const l = new Intl.Locale('en-Latn-US', { calendar: 'gregory', hourCycle: 'h12' });
console.log(l.toString(), l.language, l.script, l.region, l.calendar, l.hourCycle, l.baseName);
console.log(new Intl.Locale('zh').maximize().toString(), new Intl.Locale('en-Latn-US').minimize().toString());
console.log(Intl.DateTimeFormat.supportedLocalesOf(['de-DE', 'fr']));
for (const bad of ['', 'en_US', '123']) {
  try {
    Intl.getCanonicalLocales(bad);
    console.log('accepted', JSON.stringify(bad));
  } catch (e) {
    console.log(JSON.stringify(bad), e.name);
  }
}
console.log(typeof Intl, Object.prototype.toString.call(Intl));
