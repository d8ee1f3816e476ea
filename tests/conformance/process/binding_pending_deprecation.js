// With --pending-deprecation, process.binding is wrapped in util.deprecate: DEP0111 once.
process.binding('util');
process.binding('util');
console.log(process.binding.name);
