// Checks: a real error stack keeps the Name: message header (frames stripped)
const { inspect } = require('util');
function thrower() { throw new SyntaxError('real one'); }
try { thrower(); } catch (e) {
  const lines = inspect(e).split('\n');
  console.log(lines[0]);
  console.log(lines.slice(1).every((l) => /^    at /.test(l)));
}
