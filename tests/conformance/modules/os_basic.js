const os = require('os');
console.log(JSON.stringify(os.EOL), os.platform(), os.type(), os.arch() === process.arch, os.endianness());
console.log(typeof os.hostname(), os.hostname().length > 0);
const cpus = os.cpus();
console.log(cpus.length > 0, typeof cpus[0].model, typeof cpus[0].speed, Object.keys(cpus[0]));
console.log(os.totalmem() > 0, os.freemem() > 0, os.totalmem() >= os.freemem(), Number.isInteger(os.totalmem()));
console.log(os.homedir() === process.env.HOME, typeof os.tmpdir(), os.devNull, typeof os.release(), typeof os.uptime());
