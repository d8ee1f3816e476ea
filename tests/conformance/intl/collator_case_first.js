// Intl.Collator's resolvedOptions().caseFirst is 'false' by default.
console.log(new Intl.Collator('de').resolvedOptions().caseFirst);
