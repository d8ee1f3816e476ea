// Dates formatted with explicit locales and time zones (so the output does
// not depend on the machine): toLocale*String, dateStyle, named zones.
const d = new Date(Date.UTC(2024, 2, 5, 14, 7, 9, 45));
const utc = { timeZone: 'UTC' };
for (const locale of ['en-GB', 'fr-FR']) {
  console.log(locale, JSON.stringify(d.toLocaleString(locale, utc)));
  console.log(locale, JSON.stringify(d.toLocaleDateString(locale, utc)));
  console.log(locale, JSON.stringify(d.toLocaleTimeString(locale, utc)));
}
console.log(JSON.stringify(d.toLocaleTimeString('de-DE', utc)));
for (const style of ['full', 'long', 'medium', 'short']) {
  console.log(style, JSON.stringify(new Intl.DateTimeFormat('en-US', { dateStyle: style, timeZone: 'UTC' }).format(d)));
}
console.log(JSON.stringify(new Intl.DateTimeFormat('de-DE', { dateStyle: 'long', timeZone: 'UTC' }).format(d)));
console.log(JSON.stringify(d.toLocaleDateString('en-US', { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' })));
console.log(JSON.stringify(new Intl.DateTimeFormat('en-US', { month: 'long', timeZone: 'UTC' }).format(d)));
console.log(JSON.stringify(d.toLocaleString('en-GB', { timeZone: 'America/New_York' })));
console.log(JSON.stringify(d.toLocaleString('en-GB', { timeZone: 'Asia/Kolkata' })));
const ro = new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Tokyo', dateStyle: 'short' }).resolvedOptions();
console.log(ro.locale, ro.calendar, ro.numberingSystem, ro.dateStyle);
try {
  new Intl.DateTimeFormat('en-US', { timeZone: 'Mars/Olympus' });
} catch (e) {
  console.log(e.name);
}
