// hour12: false selects the 24-hour clock.
console.log(new Date(Date.UTC(2024, 2, 5, 14, 7, 9)).toLocaleTimeString('en-US', { hour12: false, timeZone: 'UTC' }));
