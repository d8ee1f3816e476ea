// Checks: an uncaught error whose stack was replaced by one without frames is bracketed
throw Object.assign(new Error('bare'), { stack: 'Error: bare' });
