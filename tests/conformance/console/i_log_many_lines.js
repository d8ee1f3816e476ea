// Checks: many lines in a loop (output buffering keeps order)
for (let i = 0; i < 2000; i++) console.log(i % 7 === 0 ? { i } : `line ${i}`);
