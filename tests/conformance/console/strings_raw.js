// Checks: top-level strings are printed raw: no quotes, escapes interpreted, unicode as is.
console.log('plain');
console.log("it's");
console.log('say "hi"');
console.log('tab\there');
console.log('two\nlines');
console.log('');
console.log('unicode: héllo wörld ✓ 日本');
console.log('  padded  ');
console.log(`template ${1 + 1}`);
console.log(String(123), 'x'.repeat(5));
