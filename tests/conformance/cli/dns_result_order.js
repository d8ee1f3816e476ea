// --dns-result-order sets dns.getDefaultResultOrder() (and dns.promises'); the setter still
// changes it afterwards.
const dns = require('dns');
console.log(dns.getDefaultResultOrder(), dns.promises.getDefaultResultOrder());
dns.setDefaultResultOrder('verbatim');
console.log(dns.getDefaultResultOrder());
