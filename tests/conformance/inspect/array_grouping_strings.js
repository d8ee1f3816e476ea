// Checks: long string arrays are grouped in columns (left-aligned)
console.log(['apple', 'banana', 'cherry', 'date', 'elderberry', 'fig', 'grape', 'honeydew', 'kiwi', 'lemon', 'mango', 'nectarine', 'orange', 'papaya']);
console.log(Array.from({ length: 40 }, (_, i) => String.fromCharCode(97 + (i % 26)).repeat((i % 4) + 1)));
