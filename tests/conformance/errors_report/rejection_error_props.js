// Checks: an unhandled rejection with an Error with props
Promise.reject(Object.assign(new Error('rejected'), { code: 'E_REJECT' }));
