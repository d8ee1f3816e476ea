// Checks: util.stripVTControlCharacters removes ANSI codes
const util = require('util');
console.log(util.stripVTControlCharacters('\u001b[31mred\u001b[39m plain'));
try { util.stripVTControlCharacters(1); } catch (e) { console.log(e.code); }
