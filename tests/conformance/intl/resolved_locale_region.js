// resolvedOptions().locale keeps the region that was asked for and is supported.
console.log(new Intl.NumberFormat('de-DE').resolvedOptions().locale);
console.log(new Intl.DateTimeFormat('de-DE', { timeZone: 'UTC' }).resolvedOptions().locale);
