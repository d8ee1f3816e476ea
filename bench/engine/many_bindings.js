// Boa 0.22: resolving a name searches its scope's bindings one by one (boa_ast Scope::
// get_identifier_reference, a Vec and string compares), so compiling one function with N
// bindings each referenced once costs O(N^2). The TypeScript compiler is such a function (its
// 8.9 MB file: 14 s to require on sous, 0.2 s on node).
//   sous bench/engine/many_bindings.js
for (const n of [2000, 4000, 8000]) {
  let src = '';
  for (let i = 0; i < n; i++) src += `var v${i} = ${i};\n`;
  for (let i = 0; i < n; i++) src += `v${i}++;\n`;
  const t = Date.now();
  new Function(src);
  console.log(`${n} bindings: compiled in ${Date.now() - t} ms`);
}
