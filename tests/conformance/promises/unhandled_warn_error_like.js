// --unhandled-rejections=warn: an object with its own stack (Error.captureStackTrace) is
// warned with that stack; a handler added by an 'unhandledRejection' listener makes
// 'rejectionHandled' for each.
// conformance: ignore-stderr
const seen = [];
process.on('warning', (w) => {
  seen.push(`${w.name} ${w.message.includes('lookForMe')} ${typeof w.stack === 'string' && w.stack.includes('lookForMe')}`);
});
process.on('unhandledRejection', (reason, promise) => promise.catch(() => {}));
let handled = 0;
process.on('rejectionHandled', () => handled++);
function lookForMe() {
  Promise.reject(new class ErrorLike {
    constructor() {
      Error.captureStackTrace(this);
      this.message = 'ErrorLike';
    }
  }());
}
lookForMe();
Promise.reject('plain');
process.on('exit', () => console.log(seen, handled));
