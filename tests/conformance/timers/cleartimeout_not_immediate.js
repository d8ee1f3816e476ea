// Checks: clearTimeout and clearInterval given an Immediate do not cancel it.
const im = setImmediate(() => console.log('immediate fires despite clearTimeout(immediate)'));
clearTimeout(im);
const im2 = setImmediate(() => console.log('immediate fires despite clearInterval(immediate)'));
clearInterval(im2);
