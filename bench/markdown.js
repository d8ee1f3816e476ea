// Markdown of KB kilobytes (argument, default 64) through marked, a popular regex-based parser
// (bench/npm_packages.sh installs it). Prints the size and the time of marked.parse alone.
const { marked } = require('marked');
const kb = +process.argv[2] || 64;
const block = '# Title\n\nSome *emphasis* and **strong** text with `code` and a [link](http://x.y/z).\n\n' +
  '- item one\n- item two\n\n```js\nconst x = 1;\n```\n\n> quote here\n\n';
let src = '';
while (src.length < kb * 1024) src += block;
const t = Date.now();
const html = marked.parse(src);
console.log(`${kb} KB -> ${html.length} chars in ${Date.now() - t} ms`);
