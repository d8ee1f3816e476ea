// Boa 0.22: `array.length = 0` does not let go of the elements it removes; they stay alive until
// the array itself is collected, and the collector does not count string bytes. Each level here
// builds a string the size of everything below it and keeps its parts in an array.
//   sous bench/engine/length_zero_keeps_elements.js 1000 len   -> 2.3 s, 2.7 GB peak RSS
//   sous bench/engine/length_zero_keeps_elements.js 1000 pop   -> 0.4 s, 40 MB (node: 45 MB)
// (modes: keep, len, null, pop).
const MODE = process.argv[3];
function build(k, n) {
  if (k === n) return 'leaf';
  const child = build(k + 1, n);
  const out = ['id: ' + k, 'prev: [Circular]', `next: ${child}`];
  const ind = '\n' + ' '.repeat(k * 2);
  const sep = `,${ind}  `;
  const r = `{${ind}  ${out[0] + sep + out[1] + sep + out[2]}${ind}}`;
  if (MODE === 'null') out[2] = null;
  if (MODE === 'len') out.length = 0;
  if (MODE === 'pop') { out.pop(); out.pop(); out.pop(); }
  return r;
}
const s = build(0, +process.argv[2]);
console.log(s.length);
