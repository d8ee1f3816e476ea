// A line filter: prints the lines that match a regular expression.
//
//   sous examples/grep.js PATTERN FILE...     the matching lines of each file
//   cat FILE | sous examples/grep.js PATTERN  the matching lines of the standard input
//   sous examples/grep.js -i -n PATTERN FILE  ignore case, number the lines
//
// Each file is read in 64 KiB chunks (fs.createReadStream, on a worker thread), the standard
// input as it arrives (process.stdin, a stream on the reactor), and cut into lines by readline,
// so an input of any size takes little memory. With more than one file, each
// line is prefixed with its file's name. As grep does, the exit code is 0 when a line matched,
// 1 when none did, and 2 on an error (a bad pattern, a file that cannot be read).

const fs = require('fs');
const readline = require('readline');

function usage() {
  console.error('usage: sous examples/grep.js [-i] [-n] PATTERN [FILE...]');
  process.exit(2);
}

const args = process.argv.slice(2);
const flags = new Set();
while (args.length > 0 && /^-[in]+$/.test(args[0])) {
  for (const flag of args.shift().slice(1)) flags.add(flag);
}
if (args.length === 0) usage();
const [source, ...files] = args;

let pattern;
try {
  pattern = new RegExp(source, flags.has('i') ? 'i' : '');
} catch (err) {
  console.error(`grep.js: ${err.message}`);
  process.exit(2);
}

/// Prints the matching lines of `input` (a Readable); resolves to how many matched. ('line'
/// events cost less than `for await (const line of lines)`, which makes a promise per line.)
function filter(input, label) {
  const lines = readline.createInterface({ input, crlfDelay: Infinity });
  let matched = 0;
  let number = 0;
  lines.on('line', (line) => {
    number++;
    if (!pattern.test(line)) return;
    matched++;
    const prefix = (label ? `${label}:` : '') + (flags.has('n') ? `${number}:` : '');
    process.stdout.write(`${prefix}${line}\n`);
  });
  return new Promise((resolve, reject) => {
    // readline passes its input's errors (EISDIR...) on as its own 'error'.
    lines.once('error', reject);
    lines.once('close', () => resolve(matched));
  });
}

/// A file's stream, whose 'error' (ENOENT, EISDIR...) ends its lines with that error.
function open(file) {
  const input = fs.createReadStream(file);
  return new Promise((resolve, reject) => {
    input.once('ready', () => resolve(input));
    input.once('error', reject);
  });
}

async function main() {
  if (files.length === 0) return (await filter(process.stdin, '')) > 0 ? 0 : 1;
  let matched = 0;
  let failed = false;
  for (const file of files) {
    try {
      matched += await filter(await open(file), files.length > 1 ? file : '');
    } catch (err) {
      console.error(`grep.js: ${file}: ${err.code === 'ENOENT' ? 'No such file or directory' : err.message}`);
      failed = true;
    }
  }
  if (failed) return 2;
  return matched > 0 ? 0 : 1;
}

main().then((code) => { process.exitCode = code; });
