// Checks: the report of an Error thrown from a named timer callback (caret at the throw statement).
setTimeout(function myCallback() {
  throw new Error('boom');
}, 0);
