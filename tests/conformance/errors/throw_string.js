// Checks: throwing a string: the report starts with an empty line, then file:line, source and
// caret, then the raw string and a hint about --trace-uncaught; exit code 1.
setTimeout(() => { throw 'a string'; }, 0);
