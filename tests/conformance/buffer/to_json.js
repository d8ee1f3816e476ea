// toJSON and JSON round trips.
const b = Buffer.from([1, 2, 3]);
console.log(JSON.stringify(b));
console.log(JSON.stringify({ data: Buffer.from('hi') }));
const back = Buffer.from(JSON.parse(JSON.stringify(b)));
console.log(back.equals(b), b.toJSON().type, b.toJSON().data.length);
console.log(JSON.stringify(Buffer.alloc(0)));
