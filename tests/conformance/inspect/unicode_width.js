// Checks: wide characters count double when grouping arrays
console.log(Array.from({ length: 20 }, (_, i) => '日本'.repeat((i % 3) + 1)));
console.log(['héllo', 'wörld', '日本語', 'ascii']);
