// --disable-warning silences a code or a type; 'warning' listeners still see everything.
process.on('warning', (w) => console.log('event', w.name, w.code, w.message));
process.emitWarning('silenced by code', 'CustomWarning', 'CODE1');
process.emitWarning('silenced by type', 'DeprecationWarning', 'DEP0999');
process.emitWarning('printed', 'OtherWarning', 'CODE2');
process.emitWarning('printed too');
