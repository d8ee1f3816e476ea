// Checks: a syntax error in the main file is reported (file:line, source, caret, SyntaxError
// message) before anything runs, and the exit code is 1.
console.log('never printed: the file does not parse');
const x = ;
