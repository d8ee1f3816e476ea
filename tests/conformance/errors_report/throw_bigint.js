// Checks: an uncaught bigint
throw 10n;
