// Checks: an uncaught function is inspected
throw function namedThrowable() {};
