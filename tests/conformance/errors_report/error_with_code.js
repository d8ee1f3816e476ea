// Checks: an uncaught error with extra own properties prints them after the stack
throw Object.assign(new Error('with code'), { code: 'E_CODE', errno: -2 });
