// Checks: an uncaught instance of an Error subclass (no own constructor), with props from Object.assign
class ValidationError extends Error {}
throw Object.assign(new ValidationError('invalid email'), { field: 'email' });
