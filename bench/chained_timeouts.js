// 2000 chained setTimeout(0): prints the mean ms per turn.
const N = 2000;
let n = 0;
const start = process.hrtime.bigint();
function turn() {
  if (++n === N) {
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    console.log(`ms per turn: ${(ms / N).toFixed(3)}`);
    return;
  }
  setTimeout(turn, 0);
}
setTimeout(turn, 0);
