// Checks: process.env reads variables (the runner sets NO_COLOR=1), an unset one is undefined,
// and assigned values are converted to strings.
console.log('NO_COLOR', process.env.NO_COLOR, typeof process.env.NO_COLOR);
console.log('unset', process.env.SOUS_CONFORMANCE_SURELY_UNSET_VARIABLE);
console.log('in', 'NO_COLOR' in process.env, 'SOUS_CONFORMANCE_SURELY_UNSET_VARIABLE' in process.env);
process.env.SOUS_TEST_VAR = 42;
console.log('assigned', process.env.SOUS_TEST_VAR, typeof process.env.SOUS_TEST_VAR);
delete process.env.SOUS_TEST_VAR;
console.log('deleted', process.env.SOUS_TEST_VAR);
console.log('typeof process.env', typeof process.env);
