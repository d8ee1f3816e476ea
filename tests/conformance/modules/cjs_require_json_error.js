const fs = require('path');
try { require('./fixtures/syntax/bad.js'); } catch (e) { console.log(e instanceof SyntaxError); }
