// process.exit(-1): the status is the code's low 8 bits, 255.
process.on('exit', (code) => console.log('exit', code));
process.exit(-1);
