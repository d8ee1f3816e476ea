// util.inspect shows a URL by its href even with customInspect off (own properties follow);
// beyond the depth it is `URL {}`.
const util = require('util');
const url = new URL('http://example.com/a?b#c');
console.log(util.inspect(url, { customInspect: false }));
url.extra = 1;
console.log(util.inspect(url, { customInspect: false }));
console.log(util.inspect({ inner: new URL('http://x') }, { customInspect: false, depth: 0 }));
class Sub extends URL {}
console.log(util.inspect(new Sub('http://y'), { customInspect: false }));
