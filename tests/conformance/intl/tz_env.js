// Local time follows process.env.TZ as it is assigned and deleted during the
// run, as in Node (which re-reads the zone when TZ is set).
const d = new Date(Date.UTC(2024, 0, 15, 12, 0, 0));
const summer = new Date(Date.UTC(2024, 6, 15, 12, 0, 0));
const show = (label) =>
  console.log(label, d.getTimezoneOffset(), d.getHours(), summer.getTimezoneOffset(), summer.getHours(),
    new Date(2024, 0, 15, 12).getTime());
process.env.TZ = 'UTC';
show('UTC');
process.env.TZ = 'America/New_York';
show('New_York');
process.env.TZ = 'Asia/Tokyo';
show('Tokyo');
process.env.TZ = 'Australia/Adelaide';
show('Adelaide');
process.env.TZ = 'Etc/GMT+5';
show('Etc/GMT+5');
delete process.env.TZ;
process.env.TZ = 'Europe/Berlin';
show('Berlin');
console.log(typeof process.env.TZ, process.env.TZ);
