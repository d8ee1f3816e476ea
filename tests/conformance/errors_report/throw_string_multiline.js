// Checks: an uncaught multi-line string prints raw
throw 'line one\nline two';
