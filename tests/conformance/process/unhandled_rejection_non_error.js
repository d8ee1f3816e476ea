// Checks: an unhandled rejection with a non-Error reason exits with code 1, and 'exit' runs.
// conformance: ignore-stderr
// (node's report is an ERR_UNHANDLED_REJECTION error whose code frame points into node's own
// internals, "node:internal/process/promises:...", which sous need not imitate; the message is
// checked through an uncaughtException listener in unhandled_rejection_non_error_message.js.)
Promise.reject(42);
process.on('exit', (code) => console.log('exit', code));
