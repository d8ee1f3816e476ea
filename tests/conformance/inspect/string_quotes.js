// Checks: strings inside structures: single quotes, then double, then backtick when quotes collide
const { inspect } = require('util');
console.log(['plain', "it's", 'say "hi"', 'both \' and "', 'all \' " `', 'all \' " and ${x}']);
console.log(inspect("it's"), inspect('x'));
