// An idle process waiting on one 2 s timer: it must sleep in the kernel.
setTimeout(() => console.log('done'), 2000);
