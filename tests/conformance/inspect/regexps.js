// Checks: regular expressions with flags and properties
console.log(/ab+c/gi, /[a-z]\d/u, new RegExp('x/y'), [/s/m]);
const r = /r/;
r.extra = 1;
console.log(r);
