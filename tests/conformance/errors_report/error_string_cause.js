// Checks: an uncaught error with a non-error cause prints [cause] after the stack
throw new Error('has a cause', { cause: 'a plain string cause' });
