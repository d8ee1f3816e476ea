const path = require('path');
console.log(path.join('/a/b', '../c', './d'), path.join(), path.join('', ''), path.join('a', '', 'b/'));
console.log(path.normalize('a//b/../c/'), path.normalize(''), path.normalize('/..'), path.normalize('./x/../..'));
console.log(path.dirname('/a/b/c.txt'), path.dirname('a'), path.dirname('/'), path.dirname('/a/'));
console.log(path.basename('/a/b/c.txt', '.txt'), path.basename('/a/b/'), path.basename('c.txt', 'c.txt'), path.basename(''));
console.log(path.extname('x.tar.gz'), path.extname('.bashrc'), path.extname('a.'), path.extname('a'), path.extname('.a.b'));
console.log(path.relative('/a/b/c', '/a/d'), path.relative('/a', '/a/b/c'), path.relative('/a/b', '/a/b'), path.relative('/', '/x'));
console.log(path.isAbsolute('a'), path.isAbsolute('/a'), path.isAbsolute(''), path.sep, path.delimiter, path.posix === path);
