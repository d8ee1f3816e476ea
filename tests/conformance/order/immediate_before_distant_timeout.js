// Checks: from the main script, an immediate runs before a 200 ms timer, and a 1 ms timer created
// inside that immediate still fires before the 200 ms one.
setTimeout(() => console.log('timeout 200ms'), 200);
setImmediate(() => {
  console.log('immediate');
  setTimeout(() => console.log('timeout 1ms from immediate'), 1);
});
