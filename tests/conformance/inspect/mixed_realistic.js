// Checks: a realistic configuration object
console.log({ name: 'sous', version: '0.1.0', deps: { boa: '0.22', mio: '1' }, scripts: ['build', 'test'], private: true, count: 42, nested: { list: [{ id: 1 }, { id: 2 }] } });
