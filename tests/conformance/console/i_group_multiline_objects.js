// Checks: group indentation applies to multi-line inspected objects
console.group('G');
console.log(Array.from({ length: 30 }, (_, i) => i));
console.log({ long: 'x'.repeat(70), other: 1 });
console.groupEnd();
