'use strict';
// The line diff in assert's messages, as Node 24 prints it: Myers' greedy
// shortest edit script over the inspected lines (`+` actual, `-` expected,
// two spaces for a common line), runs of more than five common lines cut.

const INSERT = 1; // a line only in actual
const DELETE = -1; // a line only in expected
const KEEP = 0;
const kKeptLinesShown = 5;

// Lines of objects match when they differ only in a trailing comma (the
// last entry of an object has none).
function sameLine(a, b, ignoreComma) {
  return a === b || (ignoreComma && (`${a},` === b || a === `${b},`));
}

// [[op, line], ...] from the first line to the last. Myers' algorithm: for
// each number of edits d, the furthest point reached on every diagonal k
// (x - y) is kept, and the path is walked back through those snapshots.
function myersDiff(actual, expected, ignoreComma = false) {
  const n = actual.length;
  const m = expected.length;
  const max = n + m;
  const furthest = new Int32Array(2 * max + 1);
  const snapshots = [];
  let done = false;
  for (let d = 0; d <= max && !done; d++) {
    snapshots.push(furthest.slice());
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && furthest[max + k - 1] < furthest[max + k + 1]);
      let x = down ? furthest[max + k + 1] : furthest[max + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && sameLine(actual[x], expected[y], ignoreComma)) {
        x++;
        y++;
      }
      furthest[max + k] = x;
      if (x >= n && y >= m) {
        done = true;
        break;
      }
    }
  }
  const steps = [];
  let x = n;
  let y = m;
  for (let d = snapshots.length - 1; d >= 0; d--) {
    const v = snapshots[d];
    const k = x - y;
    const prevK = (k === -d || (k !== d && v[max + k - 1] < v[max + k + 1])) ? k + 1 : k - 1;
    const prevX = v[max + prevK];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      const line = actual[x - 1];
      // A common line is shown with its comma when either side has one.
      steps.push([KEEP, ignoreComma && !line.endsWith(',') ? expected[y - 1] : line]);
      x--;
      y--;
    }
    if (d > 0) steps.push(x > prevX ? [INSERT, actual[--x]] : [DELETE, expected[--y]]);
  }
  return steps.reverse();
}

// The diff as text (starting with a newline), and whether lines were cut.
// Of a run of common lines the first five are shown; where a change
// follows, also its last line (or its last two, when only those were cut).
function printMyersDiff(steps) {
  let message = '';
  let skipped = false;
  let kept = 0;
  for (let i = 0; i < steps.length; i++) {
    const [op, line] = steps[i];
    if (op !== KEEP && i > 0 && steps[i - 1][0] === KEEP) {
      if (kept === kKeptLinesShown + 1) {
        message += `  ${steps[i - 1][1]}\n`;
      } else if (kept === kKeptLinesShown + 2) {
        message += `  ${steps[i - 2][1]}\n  ${steps[i - 1][1]}\n`;
      } else if (kept > kKeptLinesShown + 2) {
        message += `...\n  ${steps[i - 1][1]}\n`;
        skipped = true;
      }
      kept = 0;
    }
    if (op === INSERT) {
      message += `+ ${line}\n`;
    } else if (op === DELETE) {
      message += `- ${line}\n`;
    } else {
      if (kept < kKeptLinesShown) message += `  ${line}\n`;
      kept++;
    }
  }
  return { message: `\n${message.trimEnd()}`, skipped };
}

module.exports = { myersDiff, printMyersDiff };
