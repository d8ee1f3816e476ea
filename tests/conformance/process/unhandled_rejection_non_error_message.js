// Checks: for a non-Error rejection reason node raises an ERR_UNHANDLED_REJECTION error (seen
// here by an uncaughtException listener, origin 'unhandledRejection') with its exact message.
process.on('uncaughtException', (err, origin) => {
  console.log(err.name, '|', err.code, '|', origin);
  console.log(err.message);
});
Promise.reject(42);
