// process.stdout.write(string, encoding) writes the bytes the string
// encodes in that encoding; an unknown encoding throws.
process.stdout.write('414243', 'hex');
process.stdout.write('\n', 'utf8');
process.stdout.write('aGkK', 'base64', () => console.log('callback'));
process.stdout.write('caf\u00e9\n', 'latin1');
try {
  process.stdout.write('x', 'bogus');
} catch (e) {
  console.log(e.name, e.code, e.message);
}
