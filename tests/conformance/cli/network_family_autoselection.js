// --no-network-family-autoselection and --network-family-autoselection-attempt-timeout set
// net's defaults (the timeout as given, under the setter's floor of 10).
const net = require('net');
console.log(net.getDefaultAutoSelectFamily(), net.getDefaultAutoSelectFamilyAttemptTimeout());
console.log(process.execArgv.join(' '));
