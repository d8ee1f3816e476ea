// Checks: an uncaught false
throw false;
