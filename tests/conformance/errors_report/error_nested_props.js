// Checks: an uncaught error with nested object properties
throw Object.assign(new RangeError('out of range'), { details: { min: 0, max: 10, got: [11, 12] } });
