// Checks: Promise { <pending> }, Promise { value }, Promise { <rejected> reason }
const rejected = Promise.reject(42);
rejected.catch(() => {});
console.log(Promise.resolve(1), new Promise(() => {}), rejected);
console.log(Promise.resolve({ a: [1] }));
const p = Promise.resolve('x');
p.extra = 1;
console.log(p);
