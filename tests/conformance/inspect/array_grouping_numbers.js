// Checks: long number arrays are grouped in aligned columns (right-aligned)
console.log(Array.from({ length: 30 }, (_, i) => i * i));
console.log(Array.from({ length: 26 }, (_, i) => (i % 3 === 0 ? -i : i * 1000)));
console.log(Array.from({ length: 7 }, (_, i) => i));
