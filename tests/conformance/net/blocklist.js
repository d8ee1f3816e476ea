// net.BlockList rules and checks, and SocketAddress.
const net = require('net');
const list = new net.BlockList();
list.addAddress('10.0.0.1');
list.addRange('192.168.1.10', '192.168.1.20');
list.addSubnet('8.8.8.0', 24);
list.addSubnet('2001:db8::', 32, 'ipv6');
console.log(list.rules);
for (const [addr, fam] of [['10.0.0.1'], ['10.0.0.2'], ['192.168.1.15'], ['192.168.1.21'], ['8.8.8.200'],
  ['2001:db8::1', 'ipv6'], ['2001:db9::1', 'ipv6'], ['::ffff:10.0.0.1', 'ipv6']]) {
  console.log(addr, list.check(addr, fam));
}
const sa = new net.SocketAddress({ address: '::1', port: 8080, family: 'ipv6' });
console.log(sa.address, sa.port, sa.family, sa.flowlabel, JSON.stringify(sa));
console.log(net.SocketAddress.parse('1.2.3.4:56')?.toJSON());
try {
  list.addSubnet('1.2.3.4', 33);
} catch (e) {
  console.log(e.code, e.message);
}
