// Checks: an error thrown in an async function after an await becomes an unhandled rejection:
// reported with the caret at the throw; exit code 1.
(async function main() { await null; throw new Error('async fn'); })();
