// net.isIP / isIPv4 / isIPv6 on addresses and near-misses.
const net = require('net');
const inputs = ['127.0.0.1', '0.0.0.0', '255.255.255.255', '256.0.0.1', '01.2.3.4', '1.2.3',
  '::', '::1', 'fe80::1%eth0', 'fe80::1%', '::ffff:1.2.3.4', '1:2:3:4:5:6:7:8', '1::2::3',
  'localhost', '', ' 127.0.0.1', 'x'];
for (const input of inputs) {
  console.log(JSON.stringify(input), net.isIP(input), net.isIPv4(input), net.isIPv6(input));
}
console.log(net.isIP(undefined), net.isIP(null), net.isIP(1));
