// console.log of 10k small objects (each one goes through util.inspect);
// run with stdout piped to a file: sous bench/console_objects.js > /tmp/out.txt
for (let i = 0; i < 10000; i++) console.log({ i, name: `item${i}`, tags: ['a', 'b'] });
