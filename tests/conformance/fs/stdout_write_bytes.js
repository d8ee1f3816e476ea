// process.stdout.write takes bytes: a Buffer or Uint8Array is written as is (not as text).
process.stdout.write(Buffer.from('from a Buffer\n'));
process.stdout.write(new Uint8Array([0x75, 0x38, 0x0a]));
process.stdout.write(Buffer.from([0xc3, 0xa9, 0x0a]));
process.stdout.write(Buffer.from('abcdef\n').subarray(3));
process.stdout.write(Buffer.from([0xff, 0xfe, 0x0a]));
process.stdout.write('text\n');
