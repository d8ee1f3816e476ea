// Checks: a rejection only handled in a later timer is already unhandled: the process crashes
// with code 1 before the timer runs.
const p = Promise.reject(new Error('late'));
setTimeout(() => p.catch((e) => console.log('caught late: never', e.message)), 0);
