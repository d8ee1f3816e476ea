// Checks: throwing a plain object: the report starts with an empty line, then file:line, source
// and caret, then the inspected object; exit code 1.
setTimeout(() => { throw { custom: 1, name: 'x' }; }, 0);
