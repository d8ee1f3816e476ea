// Checks: an uncaught error with an own enumerable name property set after creation
throw Object.assign(new Error('renamed'), { name: 'MyCustomError' });
