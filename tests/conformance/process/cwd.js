// Checks: process.cwd() is the directory the runtime was started in (the runner uses the case's
// folder), which is __dirname here; __filename is that folder plus the script name.
console.log(process.cwd() === __dirname);
console.log(typeof process.cwd(), process.cwd().startsWith('/'));
console.log(__filename === __dirname + '/cwd.js');
