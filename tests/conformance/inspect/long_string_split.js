// Checks: long multi-line strings inside objects are split into + joined lines
console.log({ text: 'first line of text\nsecond line of text\nthird line that is rather long to force splitting' });
console.log(['x'.repeat(100)]);
