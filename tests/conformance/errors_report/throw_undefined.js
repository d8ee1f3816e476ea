// Checks: uncaught undefined
throw undefined;
