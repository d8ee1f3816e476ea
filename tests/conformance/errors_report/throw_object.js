// Checks: an uncaught plain object is inspected
throw { status: 500, detail: { reason: 'down', retry: [1, 2] } };
