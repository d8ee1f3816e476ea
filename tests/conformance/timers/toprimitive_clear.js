// Checks: +timeout gives a numeric id (unique per timer); clearTimeout accepts that number or
// its string form; an id for which toPrimitive was never called does not clear anything.
const a = setTimeout(() => console.log('a: SHOULD NOT FIRE'), 10);
const b = setTimeout(() => console.log('b: SHOULD NOT FIRE'), 10);
const c = setTimeout(() => console.log('c fired (a made-up id clears nothing)'), 10);
const idA = +a;
const idB = `${b}`;
console.log(typeof idA, typeof idB, Number.isInteger(idA), idA !== Number(idB));
console.log('toPrimitive is stable', +a === idA, a[Symbol.toPrimitive]() === idA);
clearTimeout(idA);
clearTimeout(idB);
clearTimeout(Math.max(idA, Number(idB)) + 1000);
const i = setInterval(() => console.log('interval: SHOULD NOT FIRE'), 10);
clearInterval(+i);
