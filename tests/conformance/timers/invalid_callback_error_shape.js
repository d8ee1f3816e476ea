// Checks: the ERR_INVALID_ARG_TYPE error thrown for a bad callback is a real TypeError whose
// String() form puts the code in brackets, and long string values are cut in the message.
try {
  setTimeout('a string that is much longer than twenty-five characters');
} catch (e) {
  console.log(e instanceof TypeError, e instanceof Error, e.name, e.code);
  console.log(String(e));
  console.log(e.stack.split('\n')[0]);
  console.log(e.message);
}
