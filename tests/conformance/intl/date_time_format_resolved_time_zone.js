// resolvedOptions().timeZone is the IANA name that was asked for.
console.log(new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Tokyo' }).resolvedOptions().timeZone);
console.log(new Intl.DateTimeFormat('en-US', { timeZone: 'UTC' }).resolvedOptions().timeZone);
