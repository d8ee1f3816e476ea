// --env-file fills process.env without overriding what is set; process.loadEnvFile does the same.
console.log(process.env.CONF_A, JSON.stringify(process.env.CONF_B), process.env.CONF_C);
console.log(process.env.HOME !== 'not-overridden');
delete process.env.CONF_A;
process.env.CONF_C = 'kept';
process.loadEnvFile('./fixtures/vars.env');
console.log(process.env.CONF_A, process.env.CONF_C);
try {
  process.loadEnvFile('./fixtures/missing.env');
} catch (err) {
  console.log(err.code, err.syscall, err.message.replace(process.cwd(), '.'));
}
console.log(process.loadEnvFile.length);
