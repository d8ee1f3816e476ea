// Date#toString under a named TZ: the offset and Node's time zone name in parentheses.
process.env.TZ = 'America/New_York';
console.log(new Date(Date.UTC(2024, 0, 15, 12)).toString());
console.log(new Date(Date.UTC(2024, 6, 15, 12)).toTimeString());
