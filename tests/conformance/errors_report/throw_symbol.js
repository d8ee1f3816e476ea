// Checks: an uncaught symbol
throw Symbol('sym');
