// process.exit(256) exits with status 0 (256 mod 256), after 'exit' sees 256.
process.on('exit', (code) => console.log('exit', code));
process.exit(256);
