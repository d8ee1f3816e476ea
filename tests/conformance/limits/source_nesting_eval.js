// Source nested too deeply for the parser is a catchable RangeError
// (Maximum call stack size exceeded), never a crash: every shape of nesting,
// through direct and indirect eval and each Function constructor. Shallow
// nesting still parses, and regexes, strings and comments do not count.
const deep = 1e5;
const shapes = {
  array: '['.repeat(deep) + ']'.repeat(deep),
  object: '({a:'.repeat(deep) + '1' + '})'.repeat(deep),
  parentheses: '('.repeat(deep) + '1' + ')'.repeat(deep),
  blocks: '{'.repeat(deep) + '}'.repeat(deep),
  functions: '(function(){'.repeat(deep) + '})'.repeat(deep),
  arrows: '()=>'.repeat(deep) + '1',
  arrowsOnLines: 'x=>\n'.repeat(deep) + '1',
  templates: '`${'.repeat(deep) + '1' + '}`'.repeat(deep),
  calls: 'f('.repeat(deep) + ')'.repeat(deep),
  spread: '[...'.repeat(deep) + 'a' + ']'.repeat(deep),
};
const indirect = eval;
const AsyncFunction = (async () => {}).constructor;
const GeneratorFunction = function* () {}.constructor;
const ways = {
  eval: (s) => eval(s),
  indirectEval: (s) => indirect(s),
  Function: (s) => new Function(s),
  FunctionParams: (s) => new Function('a = ' + s, ''),
  AsyncFunction: (s) => new AsyncFunction(s),
  GeneratorFunction: (s) => new GeneratorFunction(s),
};
for (const [shape, src] of Object.entries(shapes)) {
  for (const [way, run] of Object.entries(ways)) {
    if (shape === 'blocks' && way === 'FunctionParams') continue; // not an expression
    try {
      run(src);
      console.log(shape, way, 'parsed');
    } catch (e) {
      console.log(shape, way, e instanceof RangeError, e.message);
    }
  }
}
// Shallow nesting parses and runs.
console.log(eval('['.repeat(50) + '7' + ']'.repeat(50)).flat(Infinity)[0]);
console.log(eval('(x => '.repeat(50) + '1' + ')'.repeat(50)).toString().length > 0);
const noisy = [
  '"' + '('.repeat(5000) + '"',
  "'" + '['.repeat(5000) + "'",
  '`' + '{'.repeat(5000) + '`',
  '/* ' + '('.repeat(5000) + ' */ 1',
  '// ' + '('.repeat(5000) + '\n1',
  '/' + '\\('.repeat(5000) + '/.source.length',
  '/[' + '('.repeat(5000) + ']/.source.length',
];
for (const src of noisy) console.log(typeof eval(src));
