// module.isBuiltin: a scheme-only builtin (node:test) counts only with its `node:`; internal
// modules, unknown names and non-strings are not builtins.
const { isBuiltin } = require('module');
for (const name of ['http', 'sys', 'node:fs', 'node:test', 'test', 'internal/errors', 'node:internal/errors',
  '', 'node:', 'node:nope', undefined, null, 42]) {
  console.log(String(name), isBuiltin(name));
}
