// Node's forgiving base64 and hex decoders.
const show = (label, b) => console.log(label, b.length, b.toString('hex'));
show('whitespace', Buffer.from('aGVs bG8\n', 'base64'));
show('url alphabet in base64', Buffer.from('aGVsbG8-_w', 'base64'));
show('std alphabet in base64url', Buffer.from('+/+/', 'base64url'));
show('single char', Buffer.from('a', 'base64'));
show('stops at =', Buffer.from('aGk=aGk=', 'base64'));
show('junk', Buffer.from('a*G!k', 'base64'));
show('hex stops at bad pair', Buffer.from('abzz01', 'hex'));
show('hex odd length', Buffer.from('abc', 'hex'));
show('hex upper', Buffer.from('ABCD', 'hex'));
show('hex empty', Buffer.from('zz', 'hex'));
