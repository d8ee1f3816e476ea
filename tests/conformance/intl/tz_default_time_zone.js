// Intl's default time zone is the process's (TZ), in resolvedOptions and in
// toLocaleString without a timeZone option.
process.env.TZ = 'Asia/Tokyo';
console.log(new Intl.DateTimeFormat('en-US').resolvedOptions().timeZone);
console.log(new Date(Date.UTC(2024, 0, 15, 20)).toLocaleString('en-US'));
